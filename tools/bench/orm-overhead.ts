/**
 * `npm run bench:orm`: what one database call costs in Node CPU by each way the services make it, on
 * a throwaway database with ordering's schema and one wallet: the pg driver on a pooled connection,
 * the `sql()` helper (knex raw with bind parameters), an ORM `findOne`, a transaction three ways, and
 * an outbox event through the ORM's unit of work or as appendToOutbox's plain insert.
 *
 * Informational (no target): it says where the order path's CPU goes (bench:orders prints about 80 CPU
 * ms per order over ~95 statements and ~11 transactions) and what moving a call off the ORM saves.
 * Each line: CPU of this process per call (user + system, all threads) and wall time per call, calls
 * one after another, after a warm-up; and the CPU as a multiple of the plain driver call.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { Events } from '@did/contracts';
import { appendToOutbox, MESSAGING_ENTITIES, OutboxEvent } from '@did/messaging';
import { runMigrations, schemaForService, serviceOrmOptions, sql } from '@did/persistence';
import { sortableId } from '@did/service-kit';
import { SERVICE } from '../../apps/ordering/src/app.module';
import { ENTITIES } from '../../apps/ordering/src/entities';
import { MIGRATIONS } from '../../apps/ordering/src/migrations';
import { Wallet } from '../../apps/ordering/src/wallets/entities/wallet.entity';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../dev/database';
import { providePostgres } from '../dev/postgres';
import { repoRoot } from '../dev/repo-root';

const CALLS = Number(process.env.BENCH_CALLS ?? 3_000);
const WARMUP = 300;

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

async function measure(work: () => Promise<unknown>): Promise<{ cpuUs: number; wallUs: number }> {
  for (let i = 0; i < WARMUP; i++) await work();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) await work();
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / CALLS, wallUs: ((performance.now() - started) * 1000) / CALLS };
}

async function main(): Promise<void> {
  const postgres = await providePostgres(repoRoot());
  const databaseUrl = withDatabase(postgres.url, `did_bench_orm_${randomBytes(4).toString('hex')}`);
  await createDatabaseIfMissing(databaseUrl);
  const schema = schemaForService(SERVICE);
  await runMigrations({ clientUrl: databaseUrl, schema, entities: [], migrations: MIGRATIONS, silentMigrations: true });
  const orm = await MikroORM.init(
    serviceOrmOptions({
      clientUrl: databaseUrl,
      schema,
      entities: [...ENTITIES, ...MESSAGING_ENTITIES],
      migrations: MIGRATIONS,
      poolMax: 4,
    }),
  );
  try {
    const accountId = 'acc_bench_orm';
    await sql(
      orm.em,
      `insert into "${schema}"."wallets" (id, account_id, partner_id, currency, balance_cents, last_sequence, auto_recharge_enabled, auto_recharge_threshold_cents, auto_recharge_amount_cents, trial_number_available, created_at, updated_at)
       values ('wal_bench_orm', ?, null, 'USD', 0, 0, false, 0, 0, false, now(), now())`,
      [accountId],
    );
    const byAccount = `select * from "${schema}"."wallets" where account_id = $1`;
    const pool = orm.em.getKnex().client as unknown as {
      acquireConnection(): Promise<PgConnection>;
      releaseConnection(c: PgConnection): Promise<void>;
    };
    const onConnection = async (work: (c: PgConnection) => Promise<unknown>) => {
      const connection = await pool.acquireConnection();
      try {
        await work(connection);
      } finally {
        await pool.releaseConnection(connection);
      }
    };
    const event = () => ({
      wallet_id: 'wal_bench_orm',
      account_id: accountId,
      currency: 'USD' as const,
      created_at: new Date().toISOString(),
    });
    const scope = { accountId, partnerId: null };
    const outboxRow = () => {
      const now = new Date();
      const envelope = {
        id: sortableId('evt', now),
        type: Events.WalletCreated.type,
        version: Events.WalletCreated.version,
        occurred_at: now.toISOString(),
        producer: SERVICE,
        account_id: accountId,
        partner_id: null,
        data: event(),
      };
      return {
        id: envelope.id,
        type: envelope.type,
        envelope,
        occurredAt: now,
        publishedAt: null,
        publishAttempts: 0,
        lastError: null,
      };
    };

    const cases: [string, () => Promise<unknown>][] = [
      ['pg driver: select a wallet', () => onConnection((c) => c.query(byAccount, [accountId]))],
      [
        'sql(): select a wallet (knex raw)',
        () => sql(orm.em, `select * from "${schema}"."wallets" where account_id = ?`, [accountId]),
      ],
      ['ORM: em.fork().findOne(Wallet)', () => orm.em.fork().findOne(Wallet, { accountId })],
      ['pg driver: BEGIN; COMMIT', () => onConnection(async (c) => (await c.query('begin'), c.query('commit')))],
      ['knex.transaction(nothing)', () => orm.em.getKnex().transaction(async () => undefined)],
      ['ORM: em.fork().transactional(nothing)', () => orm.em.fork().transactional(async () => undefined)],
      // How appendToOutbox wrote its row until 2026-12-02: an entity persisted, inserted when the transaction flushes.
      [
        'ORM transaction + outbox row through the unit of work',
        () => orm.em.fork().transactional(async (em) => void em.persist(em.create(OutboxEvent, outboxRow()))),
      ],
      [
        'ORM transaction + appendToOutbox (plain insert)',
        () =>
          orm.em
            .fork()
            .transactional((em) => appendToOutbox(em, SERVICE, Events.WalletCreated, event(), scope, new Date())),
      ],
    ];
    // Every case once through first, so none pays for another's first-use costs (type parsers, JIT).
    for (const [, work] of cases) for (let i = 0; i < WARMUP; i++) await work();
    const results: { name: string; cpuUs: number; wallUs: number }[] = [];
    for (const [name, work] of cases) results.push({ name, ...(await measure(work)) });
    const base = results[0].cpuUs;
    console.log(
      `\none call at a time, ${CALLS} calls after ${WARMUP} warm-up calls; CPU of this process (all threads) per call`,
    );
    for (const r of results)
      console.log(
        `  ${r.name.padEnd(52)} ${r.cpuUs.toFixed(0).padStart(6)} µs CPU  ${r.wallUs.toFixed(0).padStart(6)} µs wall  ${(r.cpuUs / base).toFixed(1).padStart(5)}x`,
      );
    console.log('');
  } finally {
    await orm.close();
    await dropDatabase(databaseUrl);
    await postgres.stop?.();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
