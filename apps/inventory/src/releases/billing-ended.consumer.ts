import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events, NumberBillingEndedV1, NumberState } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { lockNumbers } from '../registry/number-rows';
import { ReleasesService } from './releases.service';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays number.billing_ended (harmless: releasing is a no-op for a released number). */
export const BILLING_ENDED_DURABLE = 'inventory-billing-ended';

/**
 * Releases a number whose billing ended (a cancelled renewal reached its end, or it stayed unpaid),
 * with that reason, in the inbox transaction. A number that is no longer active for that owner
 * (already released, or sold again under a new number id) is left alone.
 */
@Injectable()
export class BillingEndedConsumer implements OnModuleInit {
  private readonly logger = new Logger('BillingEndedConsumer');

  constructor(
    private readonly events: JetStreamEvents,
    private readonly releases: ReleasesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: BILLING_ENDED_DURABLE,
      eventTypes: [Events.NumberBillingEnded.type],
      handler: (event, em) => this.handle(event, em),
    });
  }

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    const ended = NumberBillingEndedV1.parse(event.data);
    const [row] = await lockNumbers(em, 'number_id = ?', [ended.number_id]);
    if (!row || row.state !== NumberState.Active || row.owner_account_id !== ended.account_id) {
      this.logger.log(
        `billing of ${ended.number_id} ended; it is not active for ${ended.account_id} (${row?.state ?? 'unknown'}): nothing to release`,
      );
      return;
    }
    // The disconnect goes out with the disconnector's next pass (this transaction commits after we return).
    await this.releases.releaseActive(em, row, ended.reason, this.clock.now());
  }
}
