import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplianceStatus, EventEnvelope, Events, NumberComplianceUpdatedV1 } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { CARRIER_ORDERS, COMPLIANCE_GATES, NUMBERS, sql } from '../db/sql';
import { ProvisioningStatus } from '../provisioning/entities/provisioning-order.entity';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays number.compliance_updated (harmless: older announcements never overwrite newer ones). */
export const COMPLIANCE_GATE_DURABLE = 'inventory-compliance-gate';

/**
 * Records routing's compliance status per number id (in the inbox transaction), newest announcement
 * wins. A `met` wakes the number's order if it waits for its paperwork, so the provisioner looks at it
 * now instead of at its compliance deadline; a `missing` needs no wake-up: the provisioner reads the
 * gate when it submits, so a number that lost its paperwork before that is held back again.
 */
@Injectable()
export class ComplianceGateConsumer implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: COMPLIANCE_GATE_DURABLE,
      eventTypes: [Events.NumberComplianceUpdated.type],
      handler: (event, em) => this.handle(event, em),
    });
  }

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    const update = NumberComplianceUpdatedV1.parse(event.data);
    const now = this.clock.now();
    const recorded = await sql(
      em,
      `insert into ${COMPLIANCE_GATES} as g (number_id, status, missing, updated_at, recorded_at) values (?, ?, ?::jsonb, ?, ?)
       on conflict (number_id) do update set status = excluded.status, missing = excluded.missing, updated_at = excluded.updated_at, recorded_at = excluded.recorded_at
       where g.updated_at <= excluded.updated_at returning number_id`,
      [update.number_id, update.status, JSON.stringify(update.missing), update.updated_at, now],
    );
    if (!recorded.length || update.status !== ComplianceStatus.Met) return;
    // Locks only the order row (never numbers), so it cannot deadlock with the provisioner, which locks the order, then its numbers.
    await sql(
      em,
      `update ${CARRIER_ORDERS} o set next_attempt_at = least(o.next_attempt_at, ?), updated_at = ?
       from ${NUMBERS} n where n.number_id = ? and n.state = 'pending_purchase' and o.order_id = n.purchase_order_id
         and o.status = ? and o.submit_attempts = 0 and o.compliance_deadline_at is not null`,
      [now, now, update.number_id, ProvisioningStatus.Queued],
    );
  }
}
