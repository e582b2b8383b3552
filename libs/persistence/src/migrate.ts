import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { serviceOrmOptions, ServiceOrmSettings } from './orm-options';

/** Creates the database named in `url` when it does not exist (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const dbName = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!dbName) throw new Error(`DATABASE_URL has no database name: ${url}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`).catch((err: { code?: string }) => {
        // 42P04 duplicate_database, or 23505 when two CREATEs race on the catalog: another service created it, fine.
        if (err.code !== '42P04' && err.code !== '23505') throw err;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Applies a service's pending migrations to its own schema and returns their names. Run by the
 * service's `migrate` command (Nx target, `npm start`, a deploy job), never on module init.
 */
export async function runMigrations(settings: ServiceOrmSettings): Promise<string[]> {
  await ensureDatabase(settings.clientUrl);
  const orm = await MikroORM.init(serviceOrmOptions({ ...settings, poolMax: 2 }));
  try {
    await orm.em.getConnection().execute(`CREATE SCHEMA IF NOT EXISTS "${settings.schema}"`);
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
