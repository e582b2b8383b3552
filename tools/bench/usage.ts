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
 *    the intake's position (usage.intake_positions: moved in each batch's transaction, so it counts
 *    committed records only; batches commit in stream order), polled every 200 ms: records
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
 * The world and its records are in usage/bench-world.ts, publishing in usage/publish.ts, the baseline
 * in usage/baseline.ts and the checks of step 5 in usage/checks.ts.
 *
 * Profiling: SERVICE_CPU_PROF_DIR=dir writes a V8 CPU profile of the measured usage process there;
 * BENCH_LOG_STATEMENTS=1 logs every statement of the measured run with its duration to the PostgreSQL
 * server log (log_min_duration_statement = 0 on the throwaway database only).
 */
import { performance } from 'node:perf_hooks';
import { connect, NatsConnection } from 'nats';
import { Pool } from 'pg';
import { readEnv } from '@did/config';
import { usageRecordSubject } from '@did/contracts';
import { ensureEventsStream, ensureUsageRecordsStream } from '@did/messaging';
import { describeExit } from '../dev/children';
import { Lifecycle } from '../dev/lifecycle';
import { say, SetupError } from '../dev/log';
import { rssMb } from '../dev/memory';
import { runCommand, serviceEnv } from '../dev/services';
import { ServiceGroup } from '../dev/supervisor';
import { UsageConfigSchema } from '../../apps/usage/src/config';
import { CpuMeter, describeCpuPerRequest } from './cpu-usage';
import { throwawayWorld } from './throwaway-world';
import { baseline } from './usage/baseline';
import { accounts, DIRECT, NUMBERS, numbers, PARTNERS, TENANTS_PER_PARTNER } from './usage/bench-world';
import { checkUsage } from './usage/checks';
import { publishRates, publishRecords } from './usage/publish';

function recordsArg(): number {
  const i = process.argv.indexOf('--records');
  const value = i >= 0 ? process.argv[i + 1] : readEnv('BENCH_RECORDS');
  const n = Number(value ?? 1_000_000);
  if (!Number.isInteger(n) || n < 1)
    throw new SetupError(`--records / BENCH_RECORDS must be a positive integer, not ${value}`);
  return n;
}

const RECORDS = recordsArg();
const INFLIGHT = Number(readEnv('BENCH_PUBLISH_INFLIGHT') ?? 4096);
const TARGET_RATE = 10_000;
const TARGET_RATIO = 0.3;
/** RSS at 100% progress within this much of RSS at 25%: flat. */
const FLAT_TOLERANCE = 0.1;
const POLL_MS = 200;
const STALL_MS = 120_000;
const READY_TIMEOUT_MS = 60_000;
const DUPLICATE_WINDOW_S = Number(readEnv('EVENTS_DUPLICATE_WINDOW_S') ?? 600);

const lifecycle = new Lifecycle();
const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
const mb = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(0)} MB`);

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
  const env = serviceEnv({
    DATABASE_URL: world.databaseUrl,
    NATS_URL: world.natsUrl,
    NATS_PREFIX: world.natsPrefix,
    SERVICE_CPU_PROF_DIR: undefined,
  });
  delete env.SERVICE_CPU_PROF_DIR;
  const measuredEnv: NodeJS.ProcessEnv = profileDir ? { ...env, SERVICE_CPU_PROF_DIR: profileDir } : env;
  // What the service runs with: the environment's setting, else its configuration's default.
  const setting = (name: 'USAGE_BATCH_SIZE') =>
    `${name} ${env[name] || `${UsageConfigSchema.shape[name].parse(undefined)} (default)`}`;
  const batchSize = setting('USAGE_BATCH_SIZE');

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
  say(
    `publishing the rates of ${NUMBERS} numbers (${payers.length} accounts: ${PARTNERS} partners with ${PARTNERS * TENANTS_PER_PARTNER} tenants, ${DIRECT} direct) and starting usage to store them`,
  );
  await publishRates(js, world.natsPrefix, nums);
  const setup = await startUsage(world.root, env);
  await waitFor(
    'the rates stored',
    async () => (await count('select count(*) as n from usage.number_rates')) === NUMBERS,
  );
  await setup.stop();

  // 2. The records, published while usage is down.
  say(
    `publishing ${fmt(RECORDS)} call records to ${usageRecordSubject(world.natsPrefix, 'call')} (usage stopped; up to ${INFLIGHT} acks in flight)`,
  );
  const started = performance.now();
  await publishRecords(js, world.natsPrefix, RECORDS, nums, INFLIGHT);
  const publishSeconds = (performance.now() - started) / 1000;
  const streamInfo = await jsm.streams.info(recordsStream);
  if (streamInfo.state.messages !== RECORDS)
    throw new SetupError(`the records stream holds ${streamInfo.state.messages} messages, not ${RECORDS}`);
  say(
    `published in ${publishSeconds.toFixed(1)} s: ${fmt(RECORDS / publishSeconds)} records/s (${(streamInfo.state.bytes / 1048576).toFixed(0)} MB in the stream)`,
  );

  // 3. usage again, the backlog waiting.
  if (readEnv('BENCH_LOG_STATEMENTS')) {
    // A statement census: every statement of the measured run, with its duration, in the server log (parameters left out).
    const db = new URL(world.databaseUrl).pathname.slice(1);
    await pool.query(`alter database "${db}" set log_min_duration_statement = 0`);
    await pool.query(`alter database "${db}" set log_parameter_max_length = 0`);
    say(`every statement of the measured run goes to the PostgreSQL server log, database ${db}`);
  }
  say(`starting usage (${batchSize}${profileDir ? `, CPU profile to ${profileDir}` : ''})`);
  const group = await startUsage(world.root, measuredEnv);
  const [{ pid }] = group.processes();
  const rssAtReady = rssMb(pid);
  const meter = new CpuMeter(() => group.processes(), pool);
  const [dbBefore] = (
    await pool.query(
      `select xact_commit::bigint, tup_inserted::bigint, tup_updated::bigint, tup_deleted::bigint from pg_stat_database where datname = current_database()`,
    )
  ).rows;
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
      const [position] = (
        await pool.query<{ last_seq: string }>(`select last_seq from usage.intake_positions where stream = $1`, [
          recordsStream,
        ])
      ).rows;
      const rated = Math.min(RECORDS, Number(position?.last_seq ?? 0));
      const now = performance.now();
      const point = { at: now, rated, rss: rssMb(pid) };
      if (rated > 0 && !first) first = point;
      for (const q of [25, 50, 75, 100])
        if (!checkpoints.has(q) && rated >= (RECORDS * q) / 100) checkpoints.set(q, point);
      if (Math.floor((rated * 10) / RECORDS) > Math.floor((lastProgress.rated * 10) / RECORDS))
        say(`${fmt(rated)} rated (${Math.floor((rated * 100) / RECORDS)}%), usage RSS ${mb(point.rss)}`);
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
  say(
    `rated: ${fmt(usageRate)} records/s (${fmt(RECORDS - first.rated)} records in ${windowSeconds.toFixed(1)} s; first batch committed ${((first.at - readyAt) / 1000).toFixed(1)} s after ready)`,
  );
  // Outbox rows are published by the relay meanwhile; stopped before the baseline so it has the machine alone.
  await group.stop();
  // After the stop: a backend reports its counters when idle or gone, so they are complete only now (the relay's last publishes included).
  await new Promise((r) => setTimeout(r, 1_500));
  const [dbAfter] = (
    await pool.query(
      `select xact_commit::bigint, tup_inserted::bigint, tup_updated::bigint, tup_deleted::bigint from pg_stat_database where datname = current_database()`,
    )
  ).rows;
  if (profileDir) say(`CPU profile of the measured usage process written to ${profileDir}`);

  // 4. Baseline.
  say(
    `baseline: COPY ${fmt(RECORDS)} records into a plain table, then one insert ... select ... group by into an accruals table`,
  );
  // The accrual key: one per account (HEAD), or also per tenant for a partner's platform-price share (on_behalf_of).
  const perTenant =
    (
      await pool.query(
        `select 1 from information_schema.columns where table_schema = 'usage' and table_name = 'usage_accruals' and column_name = 'on_behalf_of'`,
      )
    ).rowCount === 1;
  const base = await baseline(pool, RECORDS, nums, perTenant);
  const baselineSeconds = base.copySeconds + base.accrueSeconds;
  const baselineRate = RECORDS / baselineSeconds;

  // 5. Checks.
  say('checking the results');
  const checks = await checkUsage(pool, RECORDS, payers.length, perTenant);
  const { problems, rows, held, totalTicks, totalCents, floorExact, charges } = checks;

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
      `usage rating, ${fmt(RECORDS)} call records, ${NUMBERS} numbers, ${payers.length} accounts (${PARTNERS * TENANTS_PER_PARTNER} tenants rated for their partners too), ${batchSize}`,
      `  publish to JetStream (usage stopped):  ${fmt(RECORDS / publishSeconds).padStart(9)} records/s  (${publishSeconds.toFixed(1)} s, ${INFLIGHT} acks in flight, one client)`,
      `  usage rating (backlog waiting):        ${fmt(usageRate).padStart(9)} records/s  (${windowSeconds.toFixed(1)} s from the first committed batch to the last)`,
      `  baseline COPY + set-based accrual:     ${fmt(baselineRate).padStart(9)} records/s  (COPY ${base.copySeconds.toFixed(1)} s + accrual ${base.accrueSeconds.toFixed(1)} s)`,
      `  usage / baseline:                      ${(ratio * 100).toFixed(1).padStart(8)}%`,
      `  usage RSS: ${mb(rssAtReady)} at ready, peak ${mb(peakRss)}; at 25/50/75/100%: ${[25, 50, 75, 100].map((q) => mb(rssAt(q))).join(' / ')}`,
      `  ${describeCpuPerRequest(cpu, RECORDS / 1000).replace('CPU ms per request', 'CPU ms per 1,000 records')}`,
      `  database, usage run (its outbox relay included): ${fmt(delta('xact_commit'))} commits (${charges.n} usage_charges rows, ${charges.outbox} usage.rated events), ${fmt(delta('tup_inserted'))} rows inserted (${(delta('tup_inserted') / RECORDS).toFixed(2)} per record), ${fmt(delta('tup_updated'))} updated, ${fmt(delta('tup_deleted'))} deleted`,
      `  checks: ${rows} rated rows, ${held} held, ${checks.accruals} accruals (${perTenant ? "per account, and per tenant for a partner's share" : 'one per account'}), ${totalTicks} ticks accrued, ${totalCents} cents charged: ${problems.length ? `${problems.length} PROBLEM(S)` : "each accrual charged floor(accrued / 60,000,000), equal to its rows' costs, its usage_charges, its usage.rated events and the baseline"}`,
      `  per account: charged = floor(total cost / 60,000,000) for ${floorExact} of ${checks.accounts} accounts${perTenant ? ' (per-tenant remainders: a partner may be charged up to a cent less per tenant)' : ''}`,
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
