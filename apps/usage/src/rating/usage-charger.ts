import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UsageRecordV1 } from '@did/contracts';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { accrue } from '../charges/accruals';
import { recordCharges } from '../charges/usage-charges';
import { loadRates } from '../rates/number-rates';
import { holdRecords, releaseHeld } from '../records/held-records';
import { insertRated } from '../records/usage-record-rows';
import { RawOf, rateBatch, usageByAccount } from './rate-batch';

/** What one batch came to. */
export interface ChargeOutcome {
  rated: number;
  held: number;
  duplicates: number;
}

/**
 * The usage charge, step by step, inside the caller's transaction (docs/usage-charging.md):
 * rate each record at its number's rates, store the new ones (a duplicate is skipped by its id),
 * hold those without rates, add each account's new usage to its exact accrual, and publish the
 * whole minor units that passes as usage.rated for ordering to charge. Everything commits together
 * with the intake's position (record-intake.ts), so a crash anywhere repeats the batch with no effect twice.
 */
@Injectable()
export class UsageCharger {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async charge(
    em: EntityManager,
    records: readonly UsageRecordV1[],
    rawOf: RawOf = (r) => JSON.stringify(r),
  ): Promise<ChargeOutcome> {
    const now = this.clock.now();
    const rates = await loadRates(em, [...new Set(records.map((r) => r.phone_number))]);
    const { rated, holds } = rateBatch(records, rates, rawOf);
    const chargeIds = new Map<string, string>();
    // One charge per account (and per tenant for a partner's platform-price share) per batch.
    const chargeIdOf = (key: string) => {
      let id = chargeIds.get(key);
      if (!id) chargeIds.set(key, (id = sortableId('uch', now)));
      return id;
    };
    const fresh = await insertRated(em, rated, chargeIdOf, now);
    await holdRecords(em, holds, now);
    const freshRated = rated.filter((r) => fresh.has(r.record.record_id));
    await releaseHeld(em, [...fresh]);
    const charges = await accrue(em, usageByAccount(freshRated), now);
    await recordCharges(em, charges, chargeIdOf, now);
    return { rated: freshRated.length, held: holds.length, duplicates: rated.length - freshRated.length };
  }
}
