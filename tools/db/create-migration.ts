/**
 * Writes a new migration for one service by diffing its entities against the committed snapshot,
 * and updates the snapshot. Usage: npm run migration:create -- <service> [--blank] [--initial]
 * Then add the new class to apps/<service>/src/migrations/index.ts.
 */
import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { readEnv } from '@did/config';
import { MESSAGING_ENTITIES } from '@did/messaging';
import { ensureDatabase, schemaForService, serviceOrmOptions } from '@did/persistence';

async function main(): Promise<void> {
  const [service, ...flags] = process.argv.slice(2);
  if (!service) throw new Error('usage: create-migration <service> [--blank] [--initial]');
  const appDir = path.resolve(__dirname, '../../apps', service, 'src');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ENTITIES } = require(path.join(appDir, 'entities.ts'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MIGRATIONS } = require(path.join(appDir, 'migrations/index.ts'));
  const clientUrl = readEnv('DATABASE_URL') ?? 'postgres://postgres@127.0.0.1:5432/did_migrations_scratch';
  await ensureDatabase(clientUrl);
  const schema = schemaForService(service);
  const orm = await MikroORM.init(
    serviceOrmOptions({
      clientUrl,
      schema,
      entities: [...ENTITIES, ...MESSAGING_ENTITIES],
      migrations: MIGRATIONS,
      migrationsPath: path.join(appDir, 'migrations'),
    }),
  );
  try {
    const result = await orm.migrator.createMigration(
      undefined,
      flags.includes('--blank'),
      flags.includes('--initial'),
    );
    console.log(
      result.fileName
        ? `wrote ${result.fileName}; add it to apps/${service}/src/migrations/index.ts`
        : 'no changes: entities match the snapshot',
    );
  } finally {
    await orm.close(true);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
