import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events, NumberReleasedV1 } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
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
    await this.events.consume({ durable: NUMBER_RELEASED_DURABLE, eventTypes: [Events.NumberReleased.type], batchSize: 32, handler: (event, em) => this.end(event, em) });
  }

  async end(event: EventEnvelope, em: EntityManager): Promise<void> {
    const released = NumberReleasedV1.parse(event.data);
    await sql(
      em,
      `update ${SUBSCRIPTIONS} set status = 'ended', ended_at = ?, end_reason = ?, next_retry_at = null, updated_at = ? where number_id = ? and status <> 'ended'`,
      [new Date(released.released_at), released.reason, this.clock.now(), released.number_id],
    );
  }
}
