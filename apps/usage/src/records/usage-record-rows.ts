import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, USAGE_RECORDS } from '../db/sql';
import { chargeKey, isCall, RatedRecord } from '../rating/rate-batch';

/**
 * Writes rated records; one already stored (a duplicate, a redelivery, a replica racing with this
 * one) is skipped by its primary key. Returns the ids written now: only those are charged. Rows go
 * in record-id order, so two batches sharing records wait on each other in one direction only.
 */
export async function insertRated(
  em: EntityManager,
  rated: readonly RatedRecord[],
  chargeIdOf: (key: string) => string,
  now: Date,
): Promise<Set<string>> {
  if (!rated.length) return new Set();
  const sorted = [...rated].sort((a, b) => (a.record.record_id < b.record.record_id ? -1 : 1));
  // Typed arrays, one per column, filled in one pass: about half the time of one JSON document per batch (bench:usage).
  const n = sorted.length;
  const col = () => new Array<unknown>(n);
  const c = {
    recordId: col(),
    kind: col(),
    e164: col(),
    numberId: col(),
    accountId: col(),
    partnerId: col(),
    currency: col(),
    direction: col(),
    from: col(),
    to: col(),
    startedAt: col(),
    answeredAt: col(),
    endedAt: col(),
    billableSeconds: col(),
    billedSeconds: col(),
    parts: col(),
    connectionId: col(),
    hangupCause: col(),
    costTicks: col(),
    partnerCostTicks: col(),
    chargeId: col(),
    partnerChargeId: col(),
  };
  for (let i = 0; i < n; i++) {
    const r = sorted[i];
    const record = r.record;
    const call = isCall(record) ? record : null;
    c.recordId[i] = record.record_id;
    c.kind[i] = record.kind;
    c.e164[i] = record.phone_number;
    c.numberId[i] = r.numberId;
    c.accountId[i] = r.accountId;
    c.partnerId[i] = r.partnerId;
    c.currency[i] = r.currency;
    c.direction[i] = record.direction;
    c.from[i] = record.from;
    c.to[i] = record.to;
    c.startedAt[i] = r.at.toISOString();
    c.answeredAt[i] = call?.answered_at ?? null;
    c.endedAt[i] = call?.ended_at ?? null;
    c.billableSeconds[i] = call?.billable_seconds ?? 0;
    c.billedSeconds[i] = r.billedSeconds;
    c.parts[i] = call ? null : (record as { parts: number }).parts;
    c.connectionId[i] = record.connection_id;
    c.hangupCause[i] = call?.hangup_cause ?? null;
    c.costTicks[i] = r.costTicks.toString();
    c.partnerCostTicks[i] = r.partnerCostTicks === null ? null : r.partnerCostTicks.toString();
    c.chargeId[i] = chargeIdOf(chargeKey(r.accountId, null));
    c.partnerChargeId[i] =
      r.partnerId && r.partnerCostTicks !== null ? chargeIdOf(chargeKey(r.partnerId, r.accountId)) : null;
  }
  const inserted = await sql<{ record_id: string }>(
    em,
    `insert into ${USAGE_RECORDS} (record_id, kind, e164, number_id, account_id, partner_id, currency, direction, from_number, to_number, started_at, answered_at, ended_at,
       billable_seconds, billed_seconds, parts, connection_id, hangup_cause, cost_ticks, partner_cost_ticks, charge_id, partner_charge_id, rated_at)
     select r.*, ? from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],
       ?::timestamptz[], ?::int[], ?::int[], ?::int[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[])
       as r(record_id, kind, e164, number_id, account_id, partner_id, currency, direction, from_number, to_number, started_at, answered_at, ended_at,
         billable_seconds, billed_seconds, parts, connection_id, hangup_cause, cost_ticks, partner_cost_ticks, charge_id, partner_charge_id)
     order by r.record_id
     on conflict (record_id) do nothing returning record_id`,
    [
      now,
      c.recordId,
      c.kind,
      c.e164,
      c.numberId,
      c.accountId,
      c.partnerId,
      c.currency,
      c.direction,
      c.from,
      c.to,
      c.startedAt,
      c.answeredAt,
      c.endedAt,
      c.billableSeconds,
      c.billedSeconds,
      c.parts,
      c.connectionId,
      c.hangupCause,
      c.costTicks,
      c.partnerCostTicks,
      c.chargeId,
      c.partnerChargeId,
    ],
  );
  return new Set(inserted.map((r) => r.record_id));
}
