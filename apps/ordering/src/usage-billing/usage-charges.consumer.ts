import { Injectable, OnModuleInit } from '@nestjs/common';
import { Events, UsageRatedV1 } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { UsageBillingService } from './usage-billing.service';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays usage charges (harmless: each applies once). */
export const USAGE_CHARGES_DURABLE = 'ordering-usage-charges';

/** Charges each usage.rated batch once: the inbox row and usage_charges' key both guard it. */
@Injectable()
export class UsageChargesConsumer implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly billing: UsageBillingService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: USAGE_CHARGES_DURABLE,
      eventTypes: [Events.UsageRated.type],
      handler: (event, em) => this.billing.apply(em, UsageRatedV1.parse(event.data)),
    });
  }
}
