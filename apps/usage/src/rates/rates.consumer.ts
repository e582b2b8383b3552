import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events, NumberUsageRatesEndedV1, NumberUsageRatesSetV1, UsageRecordV1 } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { heldForNumber } from '../records/held-records';
import { UsageCharger } from '../rating/usage-charger';
import { endRates, storeRates } from './number-rates';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays the rates events (harmless: idempotent). */
export const RATES_DURABLE = 'usage-rates';

/**
 * Keeps each number's rates as ordering fixed them, and rates the records that arrived before them
 * (held as number_unknown) in the same transaction: a record is never lost to events arriving out of order.
 */
@Injectable()
export class RatesConsumer implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly charger: UsageCharger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: RATES_DURABLE,
      eventTypes: [Events.NumberUsageRatesSet.type, Events.NumberUsageRatesEnded.type],
      handler: (event, em) => this.apply(event, em),
    });
  }

  async apply(event: EventEnvelope, em: EntityManager): Promise<void> {
    if (event.type === Events.NumberUsageRatesEnded.type) {
      await endRates(em, NumberUsageRatesEndedV1.parse(event.data));
      return;
    }
    const set = NumberUsageRatesSetV1.parse(event.data);
    await storeRates(em, set);
    const held = await heldForNumber(em, set.phone_number);
    if (!held.length) return;
    const records = held.map((h) => UsageRecordV1.parse(JSON.parse(h.payload)));
    await this.charger.charge(em, records);
  }
}
