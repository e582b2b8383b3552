import type { EntityManager } from '@mikro-orm/postgresql';
import type { Currency, NumberUsageRatesEndedV1, NumberUsageRatesSetV1, UsageRates } from '@did/contracts';
import { asDate } from '@did/persistence';
import { NUMBER_RATES, sql } from '../db/sql';

/** The rates one number was charged at over [effectiveFrom, effectiveTo). */
export interface RatesPeriod {
  numberId: string;
  e164: string;
  accountId: string;
  partnerId: string | null;
  currency: Currency;
  rates: UsageRates;
  partnerRates: UsageRates | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
}

interface RatesRow {
  number_id: string;
  e164: string;
  account_id: string;
  partner_id: string | null;
  currency: Currency;
  rates: UsageRates;
  partner_rates: UsageRates | null;
  effective_from: string;
  effective_to: string | null;
}

/** Records a number's rates from `effective_from` on; the period before it (if any) ends there. A redelivery changes nothing. */
export async function storeRates(em: EntityManager, set: NumberUsageRatesSetV1): Promise<void> {
  const from = new Date(set.effective_from);
  await sql(
    em,
    `update ${NUMBER_RATES} set effective_to = ? where number_id = ? and effective_from < ? and (effective_to is null or effective_to > ?)`,
    [from, set.number_id, from, from],
  );
  await sql(
    em,
    `insert into ${NUMBER_RATES} (number_id, e164, account_id, partner_id, currency, rates, partner_rates, effective_from, effective_to)
     values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, null) on conflict (number_id, effective_from) do nothing`,
    [
      set.number_id,
      set.phone_number,
      set.account_id,
      set.partner_id,
      set.currency,
      JSON.stringify(set.rates),
      set.partner_rates ? JSON.stringify(set.partner_rates) : null,
      from,
    ],
  );
}

/** Ends a released number's open period: records after `effective_to` are held, not charged to its former payer. */
export async function endRates(em: EntityManager, ended: NumberUsageRatesEndedV1): Promise<void> {
  const to = new Date(ended.effective_to);
  await sql(
    em,
    `update ${NUMBER_RATES} set effective_to = ? where number_id = ? and effective_from <= ? and (effective_to is null or effective_to > ?)`,
    [to, ended.number_id, to, to],
  );
}

/** Every rates period of these numbers, by E.164 (a number bought again later has several). */
export async function loadRates(em: EntityManager, e164s: readonly string[]): Promise<Map<string, RatesPeriod[]>> {
  const byNumber = new Map<string, RatesPeriod[]>();
  if (!e164s.length) return byNumber;
  const rows = await sql<RatesRow>(
    em,
    `select * from ${NUMBER_RATES} where e164 = any(?) order by e164, effective_from`,
    [e164s],
  );
  for (const row of rows) {
    const periods = byNumber.get(row.e164) ?? [];
    periods.push({
      numberId: row.number_id,
      e164: row.e164,
      accountId: row.account_id,
      partnerId: row.partner_id,
      currency: row.currency,
      rates: row.rates,
      partnerRates: row.partner_rates,
      effectiveFrom: new Date(row.effective_from),
      effectiveTo: asDate(row.effective_to),
    });
    byNumber.set(row.e164, periods);
  }
  return byNumber;
}

/** The period in force at `at`, if any. */
export function periodAt(periods: readonly RatesPeriod[] | undefined, at: Date): RatesPeriod | null {
  const t = at.getTime();
  return (
    periods?.find((p) => p.effectiveFrom.getTime() <= t && (p.effectiveTo === null || t < p.effectiveTo.getTime())) ??
    null
  );
}
