/**
 * `npm run bench:renewals`: the renewal job renewing N due numbers (default 100,000 across 2,000
 * wallets, seeded in SQL) beside a set-based SQL baseline doing the same writes on a copy of the
 * tables in the same run: one ledger row per renewal with its running balance and sequence, the
 * wallet balance updates, the billing_periods rows and the subscriptions moved one period on. The
 * job also writes its outbox events (ledger.entry_created and number.renewed per renewal), which the
 * baseline does not. Target (issue 4): the job within 3x of the baseline, its memory flat (peak RSS
 * printed). The outbox relay is paused while the job runs (it publishes afterwards, on its own).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { readEnv } from '@did/config';
import { JetStreamEvents } from '@did/messaging';
import { runMigrations, schemaForService } from '@did/persistence';
import { AppModule, SERVICE } from '../../apps/ordering/src/app.module';
import { loadOrderingConfig } from '../../apps/ordering/src/config';
import { MIGRATIONS } from '../../apps/ordering/src/migrations';
import { RenewalsService } from '../../apps/ordering/src/subscriptions/renewals.service';
import { Lifecycle } from '../dev/lifecycle';
import { say } from '../dev/log';
import { throwawayWorld } from './throwaway-world';

const NUMBERS = Number(readEnv('BENCH_RENEWALS') ?? 100_000);
const PER_WALLET = Number(readEnv('BENCH_RENEWALS_PER_WALLET') ?? 50);
const TARGET_RATIO = 3;
const TABLES = ['wallets', 'ledger_entries', 'billing_periods', 'subscriptions', 'outbox_events'];
const DUE = `s.status in ('active', 'past_due') and s.paid_until <= now() and s.auto_renew and not s.cancel_at_period_end and (s.next_retry_at is null or s.next_retry_at <= now())`;

const lifecycle = new Lifecycle();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

type Exec = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Wallets funded by one top-up entry each (so the chains start right), and N active subscriptions due in the last hour. */
async function seed(exec: Exec, wallets: number): Promise<void> {
  await exec(
    `insert into ordering.wallets (id, account_id, partner_id, currency, balance_cents, last_sequence, auto_recharge_enabled, auto_recharge_threshold_cents, auto_recharge_amount_cents, trial_number_available, created_at, updated_at)
     select 'wal_b' || g, 'acc_b' || g, null, 'USD', 100000000, 1, false, 0, 0, false, now(), now() from generate_series(1, ?) g`,
    [wallets],
  );
  await exec(
    `insert into ordering.ledger_entries (id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, created_at)
     select 'led_b' || g, 'wal_b' || g, 'acc_b' || g, 'top_up', 100000000, 100000000, 'USD', 1, null, 'bench funding', 'bench:seed', now() from generate_series(1, ?) g`,
    [wallets],
  );
  await exec(
    `insert into ordering.subscriptions (number_id, e164, account_id, partner_id, order_id, currency, setup_cents, monthly_cents, partner_monthly_cents, is_trial, minimum_commitment_months,
       status, auto_renew, cancel_at_period_end, billing_started_at, last_billed_at, paid_until, next_retry_at, failed_attempts, created_at, updated_at)
     select 'pn_b' || lpad(g::text, 8, '0'), '+1555' || lpad(g::text, 7, '0'), 'acc_b' || ((g - 1) % ? + 1), null, 'ord_b' || g, 'USD', 100, 100 + g % 7, 0, false, 0,
       'active', true, false, t - interval '30 days', t - interval '30 days', t, null, 0, now(), now()
     from generate_series(1, ?) g, lateral (select now() - interval '1 hour' + (g % 3600) * interval '1 second' as t) x`,
    [wallets, NUMBERS],
  );
  await exec(`create schema bench_base`);
  for (const t of TABLES) {
    await exec(`create table bench_base.${t} (like ordering.${t} including all)`);
    await exec(`insert into bench_base.${t} select * from ordering.${t}`);
  }
  await exec(`vacuum analyze`);
}

/** The baseline: every due renewal the balance covers, in due order per wallet, in one set-based statement. */
async function baseline(exec: Exec): Promise<void> {
  await exec(
    `with due as (
       select s.number_id, s.account_id, s.monthly_cents, s.paid_until, w.id as wallet_id, w.balance_cents, w.last_sequence, w.currency,
              sum(s.monthly_cents) over (partition by w.id order by s.paid_until, s.number_id) as cum,
              row_number() over (partition by w.id order by s.paid_until, s.number_id) as rn
       from bench_base.subscriptions s join bench_base.wallets w on w.account_id = s.account_id where ${DUE}
     ), payable as (select * from due where cum <= balance_cents),
     periods as (
       insert into bench_base.billing_periods (number_id, period_start, period_end, kind, account_id, amount_cents, partner_amount_cents, charged_at)
       select number_id, paid_until, paid_until + interval '30 days', 'renewal', account_id, monthly_cents, 0, now() from payable returning 1
     ), entries as (
       insert into bench_base.ledger_entries (id, wallet_id, account_id, kind, amount_cents, balance_after_cents, currency, sequence, reference, description, idempotency_key, created_at)
       select 'led_' || md5(number_id || paid_until::text), wallet_id, account_id, 'renewal', -monthly_cents, balance_cents - cum, currency, last_sequence + rn, number_id,
              'Renewal of ' || number_id, 'renewal:' || number_id || ':' || paid_until::text, now() from payable returning 1
     ), subs as (
       update bench_base.subscriptions s set paid_until = s.paid_until + interval '30 days', last_billed_at = now(), status = 'active', next_retry_at = null, failed_attempts = 0, updated_at = now()
       from payable p where s.number_id = p.number_id returning 1
     ), totals as (select wallet_id, sum(monthly_cents) as total, count(*) as n from payable group by wallet_id)
     update bench_base.wallets w set balance_cents = w.balance_cents - t.total, last_sequence = w.last_sequence + t.n, updated_at = now()
     from totals t where w.id = t.wallet_id and w.balance_cents - t.total >= 0`,
  );
}

/** The baseline's events: the job's two outbox rows per renewal (number.renewed, ledger.entry_created), built in SQL. */
async function baselineEvents(exec: Exec): Promise<void> {
  const envelope = (type: string, data: string) =>
    `jsonb_build_object('id', 'evt_' || md5(random()::text), 'type', '${type}', 'version', 1, 'occurred_at', now(), 'producer', 'ordering', 'account_id', account_id, 'partner_id', null, 'data', ${data})`;
  await exec(
    `insert into bench_base.outbox_events (id, type, envelope, occurred_at, published_at, publish_attempts, last_error)
     select e->>'id', e->>'type', e, now(), null, 0, null from (
       select ${envelope('number.renewed', `jsonb_build_object('number_id', number_id, 'phone_number', number_id, 'account_id', account_id, 'period_start', period_start, 'period_end', period_end, 'amount_cents', amount_cents, 'currency', 'USD', 'renewed_at', now())`)} as e
       from bench_base.billing_periods where kind = 'renewal'
       union all
       select ${envelope('ledger.entry_created', `jsonb_build_object('entry_id', id, 'wallet_id', wallet_id, 'account_id', account_id, 'kind', kind, 'amount_cents', amount_cents, 'balance_after_cents', balance_after_cents, 'currency', currency, 'sequence', sequence, 'reference', reference, 'created_at', created_at)`)}
       from bench_base.ledger_entries where kind = 'renewal') x`,
  );
}

/** Both sides renewed every number once, and every wallet's entries chain to its balance. */
async function check(exec: Exec, schema: string): Promise<string> {
  const [r] = await exec(
    `select count(*)::int as n, coalesce(sum(-amount_cents), 0)::bigint as total from ${schema}.ledger_entries where kind = 'renewal'`,
  );
  const [bad] = await exec(
    `select count(*)::int as n from ${schema}.wallets w join lateral (
       select coalesce(sum(amount_cents), 0) as s, count(*) as c, max(sequence) as m from ${schema}.ledger_entries e where e.wallet_id = w.id) x on true
     where x.s <> w.balance_cents or x.c <> w.last_sequence or x.m <> w.last_sequence`,
  );
  const [periods] = await exec(`select count(*)::int as n from ${schema}.billing_periods where kind = 'renewal'`);
  if (r.n !== NUMBERS || periods.n !== NUMBERS || bad.n !== 0)
    throw new Error(`${schema}: ${r.n} renewals, ${periods.n} periods, ${bad.n} wallets off`);
  return `${r.n} renewals, ${r.total} cents, ${periods.n} periods, every wallet's chain = its balance`;
}

async function main(): Promise<number> {
  const world = await throwawayWorld(lifecycle);
  await runMigrations({
    clientUrl: world.databaseUrl,
    schema: schemaForService(SERVICE),
    entities: [],
    migrations: MIGRATIONS,
    silentMigrations: true,
  });
  const config = loadOrderingConfig({
    DATABASE_URL: world.databaseUrl,
    NATS_URL: world.natsUrl,
    NATS_PREFIX: world.natsPrefix,
    LOG_LEVEL: 'warn',
    RENEWAL_INTERVAL_MS: '0',
    PAYMENT_RECONCILE_INTERVAL_MS: '0',
    ORDER_RECONCILE_INTERVAL_MS: '0',
    // The job's own setting, when the environment gives one (to compare batch sizes).
    ...(readEnv('RENEWAL_BATCH_SIZE') ? { RENEWAL_BATCH_SIZE: readEnv('RENEWAL_BATCH_SIZE') } : {}),
    ...(readEnv('RENEWAL_WORKERS') ? { RENEWAL_WORKERS: readEnv('RENEWAL_WORKERS') } : {}),
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  lifecycle.onShutdown('ordering', () => app.close());
  await app.get(JetStreamEvents).outboxRelay()?.stop();
  const conn = app.get(MikroORM).em.getConnection();
  const exec: Exec = (sql, params = []) => conn.execute(sql, params as never[]);

  const wallets = Math.ceil(NUMBERS / PER_WALLET);
  say(`seeding ${NUMBERS} due subscriptions across ${wallets} wallets (and a copy for the baseline)`);
  await seed(exec, wallets);

  let started = performance.now();
  await baseline(exec);
  const baselineSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await baselineEvents(exec);
  const eventsSeconds = (performance.now() - started) / 1000;
  const baselineCheck = await check(exec, 'bench_base');

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const samples: number[] = [];
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    samples.push(rss);
  }, 50);
  started = performance.now();
  const run = await app.get(RenewalsService).runOnce();
  const jobSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const jobCheck = await check(exec, 'ordering');
  const [outbox] = await exec(`select count(*)::int as n from ordering.outbox_events where published_at is null`);

  const ratio = jobSeconds / baselineSeconds;
  const pass = ratio <= TARGET_RATIO && run.renewed === NUMBERS;
  const tenth = (i: number) =>
    mb(samples[Math.min(samples.length - 1, Math.floor((i * samples.length) / 10))] ?? rssBefore);
  process.stdout.write(
    [
      '',
      `${NUMBERS} due numbers, ${wallets} wallets, batches of ${config.RENEWAL_BATCH_SIZE}, ${config.RENEWAL_WORKERS} renewal loop(s) side by side (RENEWAL_WORKERS)`,
      `(b) set-based SQL baseline on a copy   ${baselineSeconds.toFixed(2).padStart(7)} s  ${Math.round(
        NUMBERS / baselineSeconds,
      )
        .toString()
        .padStart(7)} renewals/s  (${baselineCheck})`,
      `(a) renewal job (RenewalsService.runOnce) ${jobSeconds.toFixed(2).padStart(4)} s  ${Math.round(
        NUMBERS / jobSeconds,
      )
        .toString()
        .padStart(7)} renewals/s  (${jobCheck}; ${outbox.n} outbox events)`,
      `(b2) baseline + its outbox rows built in SQL ${(baselineSeconds + eventsSeconds).toFixed(2).padStart(4)} s  (the same writes as the job)`,
      `ratio job / baseline: ${ratio.toFixed(2)}x  target <= ${TARGET_RATIO}x  ${pass ? 'PASS' : 'FAIL'}`,
      `ratio job / baseline with outbox rows: ${(jobSeconds / (baselineSeconds + eventsSeconds)).toFixed(2)}x`,
      `job memory: RSS ${mb(rssBefore)} before, peak ${mb(peak)} (+${mb(peak - rssBefore)}), over the run ${[1, 3, 5, 7, 9].map(tenth).join(' / ')}; heap after GC ${mb(heapBefore)} before, ${mb(heapAfter)} after`,
      '',
    ].join('\n') + '\n',
  );
  return pass ? 0 : 1;
}

lifecycle.run(main);
