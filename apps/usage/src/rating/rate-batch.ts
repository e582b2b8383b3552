import { Currency, UsageRecordKind, UsageRecordV1, usageRecordTime } from '@did/contracts';
import { periodAt, RatesPeriod } from '../rates/number-rates';
import { Hold, HoldReason } from '../records/held-records';
import { recordCost } from './cost';

/** One record rated for its payer (and, for a tenant's number, the partner's platform cost). */
export interface RatedRecord {
  record: UsageRecordV1;
  numberId: string;
  accountId: string;
  partnerId: string | null;
  currency: Currency;
  at: Date;
  billedSeconds: number;
  costTicks: bigint;
  partnerCostTicks: bigint | null;
}

/** The record as published (what a hold keeps): `records[index]`'s text. */
export type RawOf = (record: UsageRecordV1, index: number) => string;

/**
 * Rates a batch in memory: each record at the rates its number had at the record's time. A record
 * with no rates then is held (number_unknown); a record id seen twice in the batch counts once.
 */
export function rateBatch(
  records: readonly UsageRecordV1[],
  rates: Map<string, RatesPeriod[]>,
  rawOf: RawOf,
): { rated: RatedRecord[]; holds: Hold[] } {
  const seen = new Set<string>();
  const rated: RatedRecord[] = [];
  const holds: Hold[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (seen.has(record.record_id)) continue;
    seen.add(record.record_id);
    const at = usageRecordTime(record);
    const period = periodAt(rates.get(record.phone_number), at);
    if (!period) {
      holds.push({
        recordId: record.record_id,
        e164: record.phone_number,
        recordTime: at,
        reason: HoldReason.NumberUnknown,
        payload: rawOf(record, i),
      });
      continue;
    }
    const cost = recordCost(record, period.rates);
    const partnerCost = period.partnerId && period.partnerRates ? recordCost(record, period.partnerRates).ticks : null;
    rated.push({
      record,
      numberId: period.numberId,
      accountId: period.accountId,
      partnerId: period.partnerId,
      currency: period.currency,
      at,
      billedSeconds: cost.billedSeconds,
      costTicks: cost.ticks,
      partnerCostTicks: partnerCost,
    });
  }
  return { rated, holds };
}

/** What one account is charged for in a batch: its own records at its price, or its tenants' at the platform price. */
export interface AccountUsage {
  accountId: string;
  /** For a tenant: its partner, who is credited what the tenant pays. */
  partnerId: string | null;
  /** For a partner charged the platform price of a tenant's records: that tenant; null for the account's own numbers. */
  onBehalfOf: string | null;
  currency: Currency;
  ticks: bigint;
  recordIds: string[];
  first: Date;
  last: Date;
}

/** The key of what one charge covers: an account, and the tenant when it is a partner's platform-price share of that tenant's records. */
export function chargeKey(accountId: string, onBehalfOf: string | null): string {
  return onBehalfOf ? `${accountId}|${onBehalfOf}` : accountId;
}

/**
 * Sums the batch's new records per charge: each payer's own, and each partner's platform price per
 * tenant (so the partner's ledger and statement say which tenant's usage it paid for).
 */
export function usageByAccount(rated: readonly RatedRecord[]): AccountUsage[] {
  const byKey = new Map<string, AccountUsage>();
  const add = (
    accountId: string,
    partnerId: string | null,
    onBehalfOf: string | null,
    r: RatedRecord,
    ticks: bigint,
  ) => {
    const key = chargeKey(accountId, onBehalfOf);
    const usage = byKey.get(key) ?? {
      accountId,
      partnerId,
      onBehalfOf,
      currency: r.currency,
      ticks: 0n,
      recordIds: [],
      first: r.at,
      last: r.at,
    };
    usage.ticks += ticks;
    usage.recordIds.push(r.record.record_id);
    if (r.at < usage.first) usage.first = r.at;
    if (r.at > usage.last) usage.last = r.at;
    byKey.set(key, usage);
  };
  for (const r of rated) {
    add(r.accountId, r.partnerId, null, r, r.costTicks);
    if (r.partnerId && r.partnerCostTicks !== null) add(r.partnerId, null, r.accountId, r, r.partnerCostTicks);
  }
  // Locked in this order by accrue(): account, then the tenant it is for.
  const order = (u: AccountUsage) => `${u.accountId}\u0000${u.onBehalfOf ?? ''}`;
  return [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

export function isCall(record: UsageRecordV1): record is Extract<UsageRecordV1, { kind: 'call' }> {
  return record.kind === UsageRecordKind.Call;
}
