/**
 * `npm run bench:usage` (issue 15): call detail records rated per second by the usage service, beside a
 * set-based SQL baseline doing the same accounting in the same run. Targets: >= 10,000 records/s,
 * >= 30% of the baseline, and the service's memory flat over the run.
 *
 * 1. A throwaway database and NATS prefix; usage migrated and started (built, as `npm start` runs it)
 *    once, to store the rates of 300 numbers over 50 accounts (5 partners with 5 tenants each, 20
 *    direct accounts; a tenant's records are rated for it and, at platform rates, for its partner), as
 *    ordering publishes them (`number.usage_rates_set` on the events stream). Then it is stopped.
 * 2. N call records (default 1,000,000: `--records N` or BENCH_RECORDS) are published to the records
 *    stream from this process, `Nats-Msg-Id` = record id, with a bounded number of async acks in flight
 *    (BENCH_PUBLISH_INFLIGHT). The service is down meanwhile: the publish rate is the bench client's and
 *    NATS's alone, and the intake then starts with the whole backlog waiting.
 * 3. usage is started again (USAGE_BATCH_SIZE from the environment, if set). The rate is taken from
 *    the durable's ack floor (a batch is acknowledged after its commit), polled every 200 ms: records
 *    rated between the first poll that saw any and the poll that saw all, over that time. The usage
 *    process's RSS is sampled every 100 ms (peak) and read at 25/50/75/100% progress.
 * 4. Baseline, usage stopped: COPY the same records (same generator, client work timed) into a plain
 *    table with the record id as primary key, then one insert ... select ... group by computing each
 *    record's cost from the same rates in SQL into a per-account accruals table (tenant and partner
 *    side), charged_cents = floor(accrued / 60,000,000).
 * 5. Checks: N rated rows, none held; per account, accrued ticks = the rows' costs (payer and partner
 *    side) = the baseline's, charged cents = floor(accrued / 60,000,000) = sum of usage_charges = sum of
 *    the usage.rated events in the outbox.
 *
 * Profiling: SERVICE_CPU_PROF_DIR=dir writes a V8 CPU profile of the measured usage process there;
 * BENCH_LOG_STATEMENTS=1 logs every statement of the measured run with its duration to the PostgreSQL
 * server log (log_min_duration_statement = 0 on the throwaway database only).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { connect, JetStreamClient, NatsConnection } from 'nats';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readEnv } from '@did/config';
import { CallRecordV1, eventSubject, Events, NumberUsageRatesSetV1, usageRecordSubject, UsageRates } from '@did/contracts';
import { ensureEventsStream, ensureUsageRecordsStream } from '@did/messaging';
import { describeExit } from '../dev/children';
import { Lifecycle } from '../dev/lifecycle';
import { say, SetupError } from '../dev/log';
import { rssMb } from '../dev/memory';
import { runCommand, serviceEnv } from '../dev/services';
import { ServiceGroup } from '../dev/supervisor';
import { CpuMeter, describeCpuPerRequest } from './cpu-usage';
import { throwawayWorld } from './throwaway-world';

function recordsArg(): number {
  const i = process.argv.indexOf('--records');
  const value = i >= 0 ? process.argv[i + 1] : readEnv('BENCH_RECORDS');
  const n = Number(value ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1) throw new SetupError(`--records / BENCH_RECORDS must be a positive integer, not ${value}`);
  return n;
}

const RECORDS = recordsArg();
const INFLIGHT = Number(readEnv('BENCH_PUBLISH_INFLIGHT') ?? 4096);
const PARTNERS = 5;
const TENANTS_PER_PARTNER = 5;
const DIRECT = 20;
const NUMBERS = 300;
const TARGET_RATE = 10_000;
const TARGET_RATIO = 0.3;
/** RSS at 100% progress within this much of RSS at 25%: flat. */
const FLAT_TOLERANCE = 0.1;
const POLL_MS = 200;
const STALL_MS = 120_000;
const READY_TIMEOUT_MS = 60_000;
const TICKS_PER_MINOR_UNIT = 60_000_000n;
const DUPLICATE_WINDOW_S = Number(readEnv('EVENTS_DUPLICATE_WINDOW_S') ?? 600);
const INTAKE_DURABLE = 'usage-rating';
const RECORD_BASE_MS = Date.parse('2026-03-01T00:00:00.000Z');

const lifecycle = new Lifecycle();
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const mb = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(0)} MB`);

interface BenchAccount {
  id: string;
  partnerId: string | null;
  currency: 'USD' | 'GBP';
}

interface BenchNumber {
  id: string;
  e164: string;
  payer: BenchAccount;
  rates: UsageRates;
  partnerRates: UsageRates | null;
}

/** 5 partners, 25 tenants under them, 20 direct accounts (the last 5 in GBP). */
function accounts(): BenchAccount[] {
  const list: BenchAccount[] = [];
  for (let p = 0; p < PARTNERS; p++) list.push({ id: `acc_bench_p${p}`, partnerId: null, currency: 'USD' });
  for (let t = 0; t < PARTNERS * TENANTS_PER_PARTNER; t++) list.push({ id: `acc_bench_t${String(t).padStart(2, '0')}`, partnerId: `acc_bench_p${t % PARTNERS}`, currency: 'USD' });
  for (let d = 0; d < DIRECT; d++) list.push({ id: `acc_bench_d${String(d).padStart(2, '0')}`, partnerId: null, currency: d >= DIRECT - 5 ? 'GBP' : 'USD' });
  return list;
}

const BILLING: [number, number][] = [
  [60, 1],
  [60, 60],
  [6, 6],
  [1, 1],
  [30, 6],
];

/** Varied rates per number (fees, increments); a tenant's number has platform rates for its partner too. */
function numbers(payers: BenchAccount[]): BenchNumber[] {
  return Array.from({ length: NUMBERS }, (_, j) => {
    const payer = payers[j % payers.length];
    const [initial, increment] = BILLING[j % BILLING.length];
    const rates: UsageRates = {
      inbound_per_minute_micros: 400_000 + (j % 13) * 50_000,
      outbound_per_minute_micros: 900_000 + (j % 7) * 100_003,
      connect_fee_micros: j % 4 === 0 ? 250_000 : 0,
      billing_initial_seconds: initial,
      billing_increment_seconds: increment,
      message_inbound_micros: 400_000,
      message_outbound_micros: 500_000,
      cnam_lookup_micros: j % 3 === 0 ? 0 : 150_000,
    };
    const partnerRates: UsageRates | null = payer.partnerId
      ? {
          ...rates,
          inbound_per_minute_micros: Math.floor(rates.inbound_per_minute_micros * 0.7),
          outbound_per_minute_micros: Math.floor(rates.outbound_per_minute_micros * 0.7),
          connect_fee_micros: Math.floor(rates.connect_fee_micros * 0.7),
          billing_initial_seconds: 60,
          billing_increment_seconds: 1,
          cnam_lookup_micros: Math.floor(rates.cnam_lookup_micros * 0.7),
        }
      : null;
    return { id: `pn_bench_${String(j).padStart(4, '0')}`, e164: `+1737${2_000_000 + j}`, payer, rates, partnerRates };
  });
}

/** Record i, the same on both sides: in/outbound, answered or not, lengths up to 30 min, CNAM dips, a few 911 calls. */
function callRecord(i: number, nums: readonly BenchNumber[]): CallRecordV1 {
  const n = nums[Number((BigInt(i) * 2654435761n) % BigInt(nums.length))];
  const outbound = i % 3 === 0;
  const answered = i % 11 !== 0;
  const billable = answered ? (i * 7919) % 1800 : 0;
  const started = RECORD_BASE_MS + i * 1000;
  const answeredAt = answered ? started + 5_000 : null;
  const other = `+1512555${String(i % 10_000).padStart(4, '0')}`;
  return {
    record_id: `cdr_bench_${String(i).padStart(8, '0')}`,
    kind: 'call',
    phone_number: n.e164,
    direction: outbound ? 'outbound' : 'inbound',
    from: outbound ? n.e164 : other,
    to: outbound ? other : n.e164,
    started_at: new Date(started).toISOString(),
    answered_at: answeredAt === null ? null : new Date(answeredAt).toISOString(),
    ended_at: new Date((answeredAt ?? started + 20_000) + billable * 1000).toISOString(),
    billable_seconds: billable,
    connection_id: i % 2 ? 'con_bench' : null,
    hangup_cause: answered ? 'normal_clearing' : 'no_answer',
    cnam_lookup: i % 7 === 0,
    emergency: outbound && i % 997 === 0,
  };
}

/** Publishes records 0..count-1 with at most `inflight` acks outstanding; resolves when all are stored. */
async function publishRecords(js: JetStreamClient, prefix: string, count: number, nums: readonly BenchNumber[], inflight: number): Promise<void> {
  const subject = usageRecordSubject(prefix, 'call');
  let pending = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const done = () => {
    pending--;
    wake?.();
    wake = null;
  };
  for (let i = 0; i < count; i++) {
    while (pending >= inflight) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
    const record = callRecord(i, nums);
    pending++;
    js.publish(subject, JSON.stringify(record), { msgID: record.record_id }).then(
      (ack) => {
        if (ack.duplicate) failure = new Error(`record ${record.record_id} stored twice?`);
        done();
      },
      (err: Error) => {
        failure = err;
        done();
      },
    );
  }
  while (pending > 0) await new Promise<void>((r) => (wake = r));
  if (failure) throw failure;
}

/** ordering's `number.usage_rates_set` for each number, as its outbox relay publishes it. */
async function publishRates(js: JetStreamClient, prefix: string, nums: readonly BenchNumber[]): Promise<void> {
  await Promise.all(
    nums.map((n, j) => {
      const data: NumberUsageRatesSetV1 = {
        number_id: n.id,
        phone_number: n.e164,
        account_id: n.payer.id,
        partner_id: n.payer.partnerId,
        currency: n.payer.currency,
        rates: n.rates,
        partner_rates: n.partnerRates,
        effective_from: '2020-01-01T00:00:00.000Z',
      };
      const id = `evt_bench_rates_${String(j).padStart(4, '0')}`;
      const envelope = { id, type: Events.NumberUsageRatesSet.type, version: 1, occurred_at: new Date().toISOString(), producer: 'ordering', account_id: n.payer.id, partner_id: n.payer.partnerId, data };
      return js.publish(eventSubject(prefix, envelope.type), JSON.stringify(envelope), { msgID: id });
    }),
  );
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (lifecycle.isStopping) throw new SetupError('stopped');
    if (Date.now() > deadline) throw new SetupError(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startUsage(root: string, env: NodeJS.ProcessEnv): Promise<ServiceGroup> {
  const group = new ServiceGroup(root, env, { echo: false });
  lifecycle.onShutdown('usage', () => group.stop());
  group.start(['usage']);
  try {
    await group.waitUntilReady(READY_TIMEOUT_MS);
  } catch (err) {
    group.tail('usage').forEach((line) => say(line, 'usage'));
    throw err;
  }
  return group;
}

/** COPY text of record i: the baseline table's columns. */
function copyLine(r: CallRecordV1): string {
  return [r.record_id, r.phone_number, r.direction, r.from, r.to, r.started_at, r.answered_at ?? '\\N', r.ended_at, r.billable_seconds, r.connection_id ?? '\\N', r.hangup_cause, r.cnam_lookup ? 't' : 'f', r.emergency ? 't' : 'f'].join('\t') + '\n';
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

const RATES_COLUMNS = (col: string) => `(${col}->>'inbound_per_minute_micros')::bigint as inbound, (${col}->>'outbound_per_minute_micros')::bigint as outbound,
  (${col}->>'connect_fee_micros')::bigint as connect, (${col}->>'cnam_lookup_micros')::bigint as cnam,
  (${col}->>'billing_initial_seconds')::int as initial, (${col}->>'billing_increment_seconds')::int as increment`;

/**
 * COPY + one set-based accrual statement; returns the seconds of each. The accruals are keyed as the
 * service keys them: per account, or (`perTenant`) a partner's platform-price share per tenant too.
 */
async function baseline(pool: Pool, count: number, nums: readonly BenchNumber[], perTenant: boolean): Promise<{ copySeconds: number; accrueSeconds: number }> {
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

interface Checkpoint {
  at: number;
  rated: number;
  rss: number | undefined;
}

async function main(): Promise<number> {
  const world = await throwawayWorld(lifecycle);
  const payers = accounts();
  const nums = numbers(payers);
  const profileDir = readEnv('SERVICE_CPU_PROF_DIR');
  // Only the measured process is profiled (spawnService reads SERVICE_CPU_PROF_DIR from the env it is given).
  const env = serviceEnv({ DATABASE_URL: world.databaseUrl, NATS_URL: world.natsUrl, NATS_PREFIX: world.natsPrefix, SERVICE_CPU_PROF_DIR: undefined });
  delete env.SERVICE_CPU_PROF_DIR;
  const measuredEnv: NodeJS.ProcessEnv = profileDir ? { ...env, SERVICE_CPU_PROF_DIR: profileDir } : env;
  const batchSize = env.USAGE_BATCH_SIZE || '1000 (default)';

  say('applying usage migrations');
  const migrate = await runCommand(world.root, 'usage', ['migrate'], env, { echo: false });
  if (migrate.status.code !== 0) {
    migrate.output.forEach((line) => say(line, 'usage'));
    throw new SetupError(`usage migrate failed (${describeExit(migrate.status)})`);
  }
  const pool = new Pool({ connectionString: world.databaseUrl, max: 3 });
  lifecycle.onShutdown('bench pool', () => pool.end());
  const nc: NatsConnection = await connect({ servers: world.natsUrl.split(','), timeout: 5_000 });
  lifecycle.onShutdown('bench NATS connection', () => nc.close());
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  await ensureEventsStream(jsm, world.natsPrefix, DUPLICATE_WINDOW_S);
  const recordsStream = await ensureUsageRecordsStream(jsm, world.natsPrefix, DUPLICATE_WINDOW_S);
  const count = async (text: string) => Number((await pool.query<{ n: string }>(text)).rows[0].n);

  // 1. The rates, stored by the running service; the intake's durable is created on the way.
  say(`publishing the rates of ${NUMBERS} numbers (${payers.length} accounts: ${PARTNERS} partners with ${PARTNERS * TENANTS_PER_PARTNER} tenants, ${DIRECT} direct) and starting usage to store them`);
  await publishRates(js, world.natsPrefix, nums);
  const setup = await startUsage(world.root, env);
  await waitFor('the rates stored', async () => (await count('select count(*) as n from usage.number_rates')) === NUMBERS);
  await jsm.consumers.info(recordsStream, INTAKE_DURABLE);
  await setup.stop();

  // 2. The records, published while usage is down.
  say(`publishing ${fmt(RECORDS)} call records to ${usageRecordSubject(world.natsPrefix, 'call')} (usage stopped; up to ${INFLIGHT} acks in flight)`);
  const started = performance.now();
  await publishRecords(js, world.natsPrefix, RECORDS, nums, INFLIGHT);
  const publishSeconds = (performance.now() - started) / 1000;
  const streamInfo = await jsm.streams.info(recordsStream);
  if (streamInfo.state.messages !== RECORDS) throw new SetupError(`the records stream holds ${streamInfo.state.messages} messages, not ${RECORDS}`);
  say(`published in ${publishSeconds.toFixed(1)} s: ${fmt(RECORDS / publishSeconds)} records/s (${(streamInfo.state.bytes / 1048576).toFixed(0)} MB in the stream)`);

  // 3. usage again, the backlog waiting.
  if (readEnv('BENCH_LOG_STATEMENTS')) {
    // A statement census: every statement of the measured run, with its duration, in the server log (parameters left out).
    const db = new URL(world.databaseUrl).pathname.slice(1);
    await pool.query(`alter database "${db}" set log_min_duration_statement = 0`);
    await pool.query(`alter database "${db}" set log_parameter_max_length = 0`);
    say(`every statement of the measured run goes to the PostgreSQL server log, database ${db}`);
  }
  say(`starting usage (USAGE_BATCH_SIZE ${batchSize}${profileDir ? `, CPU profile to ${profileDir}` : ''})`);
  const group = await startUsage(world.root, measuredEnv);
  const [{ pid }] = group.processes();
  const rssAtReady = rssMb(pid);
  const meter = new CpuMeter(() => group.processes(), pool);
  const [dbBefore] = (await pool.query(`select xact_commit::bigint, tup_inserted::bigint, tup_updated::bigint, tup_deleted::bigint from pg_stat_database where datname = current_database()`)).rows;
  const cpuBefore = await meter.snapshot();
  let peakRss = rssAtReady ?? 0;
  const sampler = setInterval(() => {
    const rss = rssMb(pid);
    if (rss !== undefined) peakRss = Math.max(peakRss, rss);
  }, 100);
  const checkpoints = new Map<number, Checkpoint>();
  let first: Checkpoint | null = null;
  let last: Checkpoint | null = null;
  let lastProgress = { at: performance.now(), rated: 0 };
  const readyAt = performance.now();
  try {
    for (;;) {
      const info = await jsm.consumers.info(recordsStream, INTAKE_DURABLE);
      const rated = Math.min(RECORDS, info.ack_floor.stream_seq);
      const now = performance.now();
      const point = { at: now, rated, rss: rssMb(pid) };
      if (rated > 0 && !first) first = point;
      for (const q of [25, 50, 75, 100]) if (!checkpoints.has(q) && rated >= (RECORDS * q) / 100) checkpoints.set(q, point);
      if (Math.floor((rated * 10) / RECORDS) > Math.floor((lastProgress.rated * 10) / RECORDS)) say(`${fmt(rated)} rated (${Math.floor((rated * 100) / RECORDS)}%), usage RSS ${mb(point.rss)}`);
      if (rated > lastProgress.rated) lastProgress = { at: now, rated };
      if (rated >= RECORDS) {
        last = point;
        break;
      }
      if (now - lastProgress.at > STALL_MS || lifecycle.isStopping) {
        group.tail('usage').forEach((line) => say(line, 'usage'));
        throw new SetupError(`no progress for ${STALL_MS / 1000} s at ${rated} of ${RECORDS} records rated`);
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    clearInterval(sampler);
  }
  const cpu = CpuMeter.spent(cpuBefore, await meter.snapshot());
  if (!first || !last) throw new SetupError('the intake never finished');
  const windowSeconds = (last.at - first.at) / 1000;
  const usageRate = windowSeconds > 0 ? (RECORDS - first.rated) / windowSeconds : NaN;
  say(`rated: ${fmt(usageRate)} records/s (${fmt(RECORDS - first.rated)} records in ${windowSeconds.toFixed(1)} s; first batch acknowledged ${((first.at - readyAt) / 1000).toFixed(1)} s after ready)`);
  // Outbox rows are published by the relay meanwhile; stopped before the baseline so it has the machine alone.
  await group.stop();
  // After the stop: a backend reports its counters when idle or gone, so they are complete only now (the relay's last publishes included).
  await new Promise((r) => setTimeout(r, 1_500));
  const [dbAfter] = (await pool.query(`select xact_commit::bigint, tup_inserted::bigint, tup_updated::bigint, tup_deleted::bigint from pg_stat_database where datname = current_database()`)).rows;
  if (profileDir) say(`CPU profile of the measured usage process written to ${profileDir}`);

  // 4. Baseline.
  say(`baseline: COPY ${fmt(RECORDS)} records into a plain table, then one insert ... select ... group by into an accruals table`);
  // The accrual key: one per account (HEAD), or also per tenant for a partner's platform-price share (on_behalf_of).
  const perTenant = (await pool.query(`select 1 from information_schema.columns where table_schema = 'usage' and table_name = 'usage_accruals' and column_name = 'on_behalf_of'`)).rowCount === 1;
  const base = await baseline(pool, RECORDS, nums, perTenant);
  const baselineSeconds = base.copySeconds + base.accrueSeconds;
  const baselineRate = RECORDS / baselineSeconds;

  // 5. Checks.
  say('checking the results');
  const problems: string[] = [];
  const rows = await count('select count(*) as n from usage.usage_records');
  if (rows !== RECORDS) problems.push(`${rows} rated rows, not ${RECORDS}`);
  const held = await count('select count(*) as n from usage.held_records');
  if (held) problems.push(`${held} records held`);
  // Per accrual key (account, and the tenant a partner's platform-price share is for when the service keys it so):
  // accrued = its rows' costs = the baseline's; charged = floor(accrued / 60,000,000) = its usage_charges = its usage.rated events.
  const behalfOfPartnerSide = perTenant ? 'account_id' : "''";
  const keys = (
    await pool.query<{ account_id: string; behalf: string; accrued: string | null; charged: string | null; cost: string; charges: string; rated_events: string; base_accrued: string | null; base_charged: string | null }>(`
      with costs as (
        select account_id, ''::text as behalf, cost_ticks as ticks from usage.usage_records
        union all select partner_id, ${behalfOfPartnerSide}, partner_cost_ticks from usage.usage_records where partner_id is not null and partner_cost_ticks is not null
      ), cost as (select account_id, behalf, sum(ticks) as ticks from costs group by 1, 2),
      charges as (select account_id, ${perTenant ? "coalesce(on_behalf_of, '')" : "''"} as behalf, sum(amount_cents) as cents from usage.usage_charges group by 1, 2),
      rated as (select envelope->'data'->>'account_id' as account_id, coalesce(envelope->'data'->>'tenant_account_id', '') as behalf, sum((envelope->'data'->>'amount_cents')::bigint) as cents
                from usage.outbox_events where type = 'usage.rated' group by 1, 2),
      accruals as (select account_id, ${perTenant ? 'on_behalf_of' : "''"} as behalf, accrued_ticks, charged_cents from usage.usage_accruals),
      base as (select account_id, on_behalf_of as behalf, accrued_ticks, charged_cents from bench_base.accruals)
      select account_id, behalf, a.accrued_ticks::text as accrued, a.charged_cents::text as charged, coalesce(cost.ticks, 0)::text as cost, coalesce(charges.cents, 0)::text as charges,
             coalesce(rated.cents, 0)::text as rated_events, b.accrued_ticks::text as base_accrued, b.charged_cents::text as base_charged
      from accruals a left join cost using (account_id, behalf) left join charges using (account_id, behalf) left join rated using (account_id, behalf)
      full join base b using (account_id, behalf) order by 1, 2`)
  ).rows;
  let totalTicks = 0n;
  let totalCents = 0n;
  const byAccount = new Map<string, { ticks: bigint; cents: bigint }>();
  for (const a of keys) {
    const key = a.behalf ? `${a.account_id} for ${a.behalf}` : a.account_id;
    if (a.accrued === null || a.charged === null) {
      problems.push(`${key}: in the baseline, no accrual in usage`);
      continue;
    }
    const accrued = BigInt(a.accrued);
    const expected = accrued / TICKS_PER_MINOR_UNIT;
    totalTicks += accrued;
    totalCents += BigInt(a.charged);
    const account = byAccount.get(a.account_id) ?? { ticks: 0n, cents: 0n };
    byAccount.set(a.account_id, { ticks: account.ticks + accrued, cents: account.cents + BigInt(a.charged) });
    if (BigInt(a.cost) !== accrued) problems.push(`${key}: accrued ${a.accrued} ticks, its rated rows cost ${a.cost}`);
    else if (BigInt(a.charged) !== expected) problems.push(`${key}: charged ${a.charged} cents, floor(accrued / 60,000,000) = ${expected}`);
    else if (BigInt(a.charges) !== expected) problems.push(`${key}: usage_charges sum to ${a.charges} cents, expected ${expected}`);
    else if (BigInt(a.rated_events) !== expected) problems.push(`${key}: usage.rated events sum to ${a.rated_events} cents, expected ${expected}`);
    else if (a.base_accrued !== a.accrued || a.base_charged !== a.charged) problems.push(`${key}: baseline accrued ${a.base_accrued} / charged ${a.base_charged}, usage ${a.accrued} / ${a.charged}`);
  }
  const tenants = PARTNERS * TENANTS_PER_PARTNER;
  const expectedKeys = payers.length + (perTenant ? tenants : 0);
  if (keys.length !== expectedKeys) problems.push(`${keys.length} accruals, not ${expectedKeys}`);
  // Per account: charged = floor(total cost / 60,000,000). Exact with one accrual per account; with per-tenant
  // accruals a partner may be charged up to a cent less per tenant (each remainder is carried on its own).
  const floorExact = [...byAccount.values()].filter((a) => a.cents === a.ticks / TICKS_PER_MINOR_UNIT).length;
  if (!perTenant && floorExact !== byAccount.size) problems.push(`${byAccount.size - floorExact} accounts not charged floor(total cost / 60,000,000)`);
  const [charges] = (await pool.query<{ n: string; outbox: string }>(`select (select count(*) from usage.usage_charges) as n, (select count(*) from usage.outbox_events where type = 'usage.rated') as outbox`)).rows;

  const rssAt = (q: number) => checkpoints.get(q)?.rss;
  const r25 = rssAt(25);
  const r100 = rssAt(100);
  const flat = r25 !== undefined && r100 !== undefined && r100 <= r25 * (1 + FLAT_TOLERANCE);
  const ratio = usageRate / baselineRate;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const delta = (k: string) => Number(dbAfter[k]) - Number(dbBefore[k]);
  process.stdout.write(
    [
      '',
      `usage rating, ${fmt(RECORDS)} call records, ${NUMBERS} numbers, ${payers.length} accounts (${PARTNERS * TENANTS_PER_PARTNER} tenants rated for their partners too), USAGE_BATCH_SIZE ${batchSize}`,
      `  publish to JetStream (usage stopped):  ${fmt(RECORDS / publishSeconds).padStart(9)} records/s  (${publishSeconds.toFixed(1)} s, ${INFLIGHT} acks in flight, one client)`,
      `  usage rating (backlog waiting):        ${fmt(usageRate).padStart(9)} records/s  (${windowSeconds.toFixed(1)} s from the first acknowledged batch to the last)`,
      `  baseline COPY + set-based accrual:     ${fmt(baselineRate).padStart(9)} records/s  (COPY ${base.copySeconds.toFixed(1)} s + accrual ${base.accrueSeconds.toFixed(1)} s)`,
      `  usage / baseline:                      ${(ratio * 100).toFixed(1).padStart(8)}%`,
      `  usage RSS: ${mb(rssAtReady)} at ready, peak ${mb(peakRss)}; at 25/50/75/100%: ${[25, 50, 75, 100].map((q) => mb(rssAt(q))).join(' / ')}`,
      `  ${describeCpuPerRequest(cpu, RECORDS / 1000).replace('CPU ms per request', 'CPU ms per 1,000 records')}`,
      `  database, usage run (its outbox relay included): ${fmt(delta('xact_commit'))} commits (${charges.n} usage_charges rows, ${charges.outbox} usage.rated events), ${fmt(delta('tup_inserted'))} rows inserted (${(delta('tup_inserted') / RECORDS).toFixed(2)} per record), ${fmt(delta('tup_updated'))} updated, ${fmt(delta('tup_deleted'))} deleted`,
      `  checks: ${rows} rated rows, ${held} held, ${keys.length} accruals (${perTenant ? 'per account, and per tenant for a partner\'s share' : 'one per account'}), ${totalTicks} ticks accrued, ${totalCents} cents charged: ${problems.length ? `${problems.length} PROBLEM(S)` : 'each accrual charged floor(accrued / 60,000,000), equal to its rows\' costs, its usage_charges, its usage.rated events and the baseline'}`,
      `  per account: charged = floor(total cost / 60,000,000) for ${floorExact} of ${byAccount.size} accounts${perTenant ? ' (per-tenant remainders: a partner may be charged up to a cent less per tenant)' : ''}`,
      ...problems.slice(0, 10).map((p) => `    ${p}`),
      `  target >= ${fmt(TARGET_RATE)} records/s:  ${verdict(usageRate >= TARGET_RATE)}`,
      `  target >= ${TARGET_RATIO * 100}% of baseline:     ${verdict(ratio >= TARGET_RATIO)}`,
      `  target memory flat (RSS at 100% within ${FLAT_TOLERANCE * 100}% of RSS at 25%): ${verdict(flat)}`,
      '',
    ].join('\n'),
  );
  if (problems.length) throw new SetupError(`${problems.length} correctness problem(s)`);
  return usageRate >= TARGET_RATE && ratio >= TARGET_RATIO && flat ? 0 : 1;
}

lifecycle.run(main);
