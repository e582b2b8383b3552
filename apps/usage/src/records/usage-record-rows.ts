import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, USAGE_RECORDS } from '../db/sql';
import { chargeKey, isCall, RatedRecord } from '../rating/rate-batch';

/**
 * Writes rated records; one already stored (a duplicate, a redelivery, a replica racing with this
 * one) is skipped by its primary key. Returns the ids written now: only those are charged. Rows go
 * in record-id order, so two batches sharing records wait on each other in one direction only.
 */
export async function insertRated(em: EntityManager, rated: readonly RatedRecord[], chargeIdOf: (key: string) => string, now: Date): Promise<Set<string>> {
  if (!rated.length) return new Set();
  const rows = [...rated]
    .sort((a, b) => (a.record.record_id < b.record.record_id ? -1 : 1))
    .map((r) => {
      const call = isCall(r.record) ? r.record : null;
      return {
        record_id: r.record.record_id,
        kind: r.record.kind,
        e164: r.record.phone_number,
        number_id: r.numberId,
        account_id: r.accountId,
        partner_id: r.partnerId,
        currency: r.currency,
        direction: r.record.direction,
        from_number: r.record.from,
        to_number: r.record.to,
        started_at: r.at.toISOString(),
        answered_at: call?.answered_at ?? null,
        ended_at: call?.ended_at ?? null,
        billable_seconds: call?.billable_seconds ?? 0,
        billed_seconds: r.billedSeconds,
        parts: call ? null : (r.record as { parts: number }).parts,
        connection_id: r.record.connection_id,
        hangup_cause: call?.hangup_cause ?? null,
        cost_ticks: r.costTicks.toString(),
        partner_cost_ticks: r.partnerCostTicks === null ? null : r.partnerCostTicks.toString(),
        charge_id: chargeIdOf(chargeKey(r.accountId, null)),
        partner_charge_id: r.partnerId && r.partnerCostTicks !== null ? chargeIdOf(chargeKey(r.partnerId, r.accountId)) : null,
      };
    });
  // Typed arrays, one per column: about half the time of one JSON document per batch (bench:usage).
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
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
      column('record_id'), column('kind'), column('e164'), column('number_id'), column('account_id'), column('partner_id'), column('currency'), column('direction'),
      column('from_number'), column('to_number'), column('started_at'), column('answered_at'), column('ended_at'), column('billable_seconds'), column('billed_seconds'),
      column('parts'), column('connection_id'), column('hangup_cause'), column('cost_ticks'), column('partner_cost_ticks'), column('charge_id'), column('partner_charge_id'),
    ],
  );
  return new Set(inserted.map((r) => r.record_id));
}
