import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events, NumberReleasedV1 } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { sql, SUBSCRIPTIONS } from '../db/sql';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays number.released (harmless: ending is idempotent). */
export const NUMBER_RELEASED_DURABLE = 'ordering-number-released';

/**
 * Inventory released a number (by its owner, or after number.billing_ended): its billing ends, with
 * no refund of the paid period. A subscription billing already ended keeps its own end and reason.
 */
@Injectable()
export class NumberReleasedConsumer implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: NUMBER_RELEASED_DURABLE,
      eventTypes: [Events.NumberReleased.type],
      batchSize: 32,
      handler: (event, em) => this.end(event, em),
    });
  }

  async end(event: EventEnvelope, em: EntityManager): Promise<void> {
    const released = NumberReleasedV1.parse(event.data);
    const now = this.clock.now();
    await sql(
      em,
      `update ${SUBSCRIPTIONS} set status = 'ended', ended_at = ?, end_reason = ?, next_retry_at = null, updated_at = ? where number_id = ? and status <> 'ended'`,
      [new Date(released.released_at), released.reason, now, released.number_id],
    );
    // Usage after the release is not its former payer's: usage holds such records instead of charging them.
    const [rated] = await sql<{ account_id: string; partner_id: string | null }>(
      em,
      `select account_id, partner_id from ${SUBSCRIPTIONS} where number_id = ? and usage_rates is not null`,
      [released.number_id],
    );
    if (rated) {
      await appendToOutbox(
        em,
        'ordering',
        Events.NumberUsageRatesEnded,
        { number_id: released.number_id, phone_number: released.phone_number, effective_to: released.released_at },
        { accountId: rated.account_id, partnerId: rated.partner_id },
        now,
      );
    }
  }
}
