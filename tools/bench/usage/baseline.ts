import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CallRecordV1 } from '@did/contracts';
import { BenchNumber, callRecord } from './bench-world';

/** COPY text of record i: the baseline table's columns. */
function copyLine(r: CallRecordV1): string {
  return (
    [
      r.record_id,
      r.phone_number,
      r.direction,
      r.from,
      r.to,
      r.started_at,
      r.answered_at ?? '\\N',
      r.ended_at,
      r.billable_seconds,
      r.connection_id ?? '\\N',
      r.hangup_cause,
      r.cnam_lookup ? 't' : 'f',
      r.emergency ? 't' : 'f',
    ].join('\t') + '\n'
  );
}

function* copyText(count: number, nums: readonly BenchNumber[]): Generator<string> {
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += copyLine(callRecord(i, nums));
    if ((i + 1) % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** One call's cost in ticks at `r` (rates columns), in SQL: what apps/usage/src/rating/cost.ts computes. */
const TICKS_SQL = (r: string) => `case when c.emergency then 0::bigint else
    (case when c.answered_at is not null and c.billable_seconds > 0 then
       (case when c.direction = 'inbound' then ${r}.inbound else ${r}.outbound end)
       * (case when c.billable_seconds <= ${r}.initial then ${r}.initial
               else ${r}.initial + ((c.billable_seconds - ${r}.initial + ${r}.increment - 1) / ${r}.increment) * ${r}.increment end)
       + ${r}.connect * 60
     else 0 end)
    + (case when c.cnam_lookup then ${r}.cnam * 60 else 0 end) end`;

const RATES_COLUMNS = (
  col: string,
) => `(${col}->>'inbound_per_minute_micros')::bigint as inbound, (${col}->>'outbound_per_minute_micros')::bigint as outbound,
  (${col}->>'connect_fee_micros')::bigint as connect, (${col}->>'cnam_lookup_micros')::bigint as cnam,
  (${col}->>'billing_initial_seconds')::int as initial, (${col}->>'billing_increment_seconds')::int as increment`;

/**
 * COPY + one set-based accrual statement; returns the seconds of each. The accruals are keyed as the
 * service keys them: per account, or (`perTenant`) a partner's platform-price share per tenant too.
 */
export async function baseline(
  pool: Pool,
  count: number,
  nums: readonly BenchNumber[],
  perTenant: boolean,
): Promise<{ copySeconds: number; accrueSeconds: number }> {
  await pool.query(`create schema bench_base`);
  await pool.query(`create table bench_base.records (record_id text primary key, e164 text not null, direction text not null, from_number text not null, to_number text not null,
    started_at timestamptz not null, answered_at timestamptz, ended_at timestamptz not null, billable_seconds int not null, connection_id text, hangup_cause text not null,
    cnam_lookup boolean not null, emergency boolean not null)`);
  await pool.query(`create table bench_base.accruals (account_id text not null, on_behalf_of text not null, currency text not null, accrued_ticks numeric(40, 0) not null,
    charged_cents bigint not null, primary key (account_id, on_behalf_of))`);
  await pool.query('checkpoint');
  const client = await pool.connect();
  let started = performance.now();
  try {
    await pipeline(Readable.from(copyText(count, nums)), client.query(copyFrom(`copy bench_base.records from stdin`)));
  } finally {
    client.release();
  }
  const copySeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await pool.query(`
    with rates as (
      select e164, effective_from, effective_to, account_id, partner_id, currency, ${RATES_COLUMNS('rates')} from usage.number_rates
    ), partner_rates as (
      select e164, effective_from, effective_to, account_id, partner_id, currency, ${RATES_COLUMNS('partner_rates')} from usage.number_rates where partner_id is not null and partner_rates is not null
    ), costs as (
      select r.account_id, '' as on_behalf_of, r.currency, ${TICKS_SQL('r')} as ticks
        from bench_base.records c join rates r on r.e164 = c.e164 and r.effective_from <= c.started_at and (r.effective_to is null or c.started_at < r.effective_to)
      union all
      select p.partner_id, ${perTenant ? 'p.account_id' : "''"}, p.currency, ${TICKS_SQL('p')}
        from bench_base.records c join partner_rates p on p.e164 = c.e164 and p.effective_from <= c.started_at and (p.effective_to is null or c.started_at < p.effective_to)
    )
    insert into bench_base.accruals (account_id, on_behalf_of, currency, accrued_ticks, charged_cents)
    select account_id, on_behalf_of, min(currency), sum(ticks), floor(sum(ticks) / 60000000)::bigint from costs group by account_id, on_behalf_of`);
  const accrueSeconds = (performance.now() - started) / 1000;
  return { copySeconds, accrueSeconds };
}
