import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations, schemaForService } from '@did/persistence';
import { TEST_ENV } from '../../libs/testing/src/test-env';

const root = path.resolve(__dirname, '../..');
const STALE_TEST_DB_SECONDS = 3 * 3600;
const STALE_TEMPLATE_SECONDS = 24 * 3600;

/** Every service with migrations: apps/<service>/src/migrations/index.ts. */
function servicesWithMigrations(): string[] {
  return fs
    .readdirSync(path.join(root, 'apps'))
    .filter((name) => fs.existsSync(path.join(root, 'apps', name, 'src/migrations/index.ts')))
    .sort();
}

/** A hash of every migration file: the template is rebuilt exactly when a migration changes. */
function migrationsHash(services: string[]): string {
  const hash = createHash('sha256');
  for (const service of services) {
    const dir = path.join(root, 'apps', service, 'src/migrations');
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      hash.update(`${service}/${file}\n`).update(fs.readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function adminUrl(): string {
  return (
    process.env[TEST_ENV.adminUrl] ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function checkNats(natsUrl: string): Promise<void> {
  const { hostname, port } = new URL(natsUrl.replace(/^nats:/, 'http:'));
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || 4222) }, () => {
      socket.end();
      resolve();
    });
    socket.setTimeout(2000, () => socket.destroy(new Error('timeout')));
    socket.on('error', (err) =>
      reject(
        new Error(
          `NATS does not answer at ${natsUrl} (${err.message}). Start it: nats-server -js (see docs/development.md, Testing).`,
        ),
      ),
    );
  });
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL does not answer at ${adminUrl()} (${(err as Error).message}). Start it or set TEST_DATABASE_URL (see docs/development.md, Testing).`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops test databases left behind by runs that were killed (their names carry their start time) and
 * templates of other migration sets not used for a day: another checkout or branch may be running
 * its tests right now with its own template, so a template is only dropped once it is old.
 */
async function dropStaleDatabases(client: Client, template: string): Promise<void> {
  const { rows } = await client.query<{ datname: string; note: string | null }>(
    `select datname, shobj_description(oid, 'pg_database') as note from pg_database
      where datname like 'did_t\\_%' or (datname like 'did_tpl\\_%' and datname <> $1)`,
    [template],
  );
  const now = Math.floor(Date.now() / 1000);
  for (const { datname, note } of rows) {
    const started = datname.startsWith('did_t_')
      ? Number(/^did_t_(\d+)_/.exec(datname)?.[1] ?? 0)
      : Number(/^used (\d+)$/.exec(note ?? '')?.[1] ?? 0);
    const maxAge = datname.startsWith('did_t_') ? STALE_TEST_DB_SECONDS : STALE_TEMPLATE_SECONDS;
    if (now - started > maxAge)
      await client.query(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
  }
}

/** Builds the migrated template once (under an advisory lock, as Nx runs projects in parallel). */
export async function prepareTestInfrastructure(): Promise<void> {
  const natsUrl = process.env.TEST_NATS_URL ?? process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  await checkNats(natsUrl);
  const services = servicesWithMigrations();
  const template = `did_tpl_${migrationsHash(services)}`;
  await withAdmin(async (client) => {
    await client.query('select pg_advisory_lock(727271)');
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount === 0) {
        const building = `${template}_building`;
        await client.query(`drop database if exists "${building}" with (force)`);
        await client.query(`create database "${building}"`);
        for (const service of services) {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const { MIGRATIONS } = require(path.join(root, 'apps', service, 'src/migrations/index.ts'));
          await runMigrations({
            clientUrl: urlFor(building),
            schema: schemaForService(service),
            entities: [],
            migrations: MIGRATIONS,
            silentMigrations: true,
          });
        }
        await client.query(`alter database "${building}" rename to "${template}"`);
      }
      // Marks the template as in use, so other checkouts' clean-ups leave it alone for a day.
      await client.query(`comment on database "${template}" is 'used ${Math.floor(Date.now() / 1000)}'`);
      await dropStaleDatabases(client, template);
    } finally {
      await client.query('select pg_advisory_unlock(727271)');
    }
  });
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.adminUrl] = adminUrl();
  process.env[TEST_ENV.natsUrl] = natsUrl;
  process.env[TEST_ENV.runId] = `${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}`;
}

export async function dropRunDatabases(): Promise<void> {
  const runId = process.env[TEST_ENV.runId];
  if (!runId) return;
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
      `did_t_${runId}_%`,
    ]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  });
}
