import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, Options } from '@mikro-orm/postgresql';
import type { Constructor, MigrationObject } from '@mikro-orm/core';

/** The database schema a service owns: its name with `-` as `_` (carrier-sandbox -> carrier_sandbox). */
export function schemaForService(service: string): string {
  return service.replace(/-/g, '_');
}

export interface ServiceOrmSettings {
  clientUrl: string;
  /** The PostgreSQL schema this service owns; its entities and its migrations table live there. */
  schema: string;
  /** Listed explicitly: no folder globs, so a build can never miss or pick up an entity by accident. */
  entities: Constructor[];
  /** Listed explicitly too, so compiled and test (TypeScript) runs apply exactly the same migrations. */
  migrations: (MigrationObject | Constructor)[];
  /** Folder for `migration:create` to write to and keep its snapshot in (development only). */
  migrationsPath?: string;
  debug?: boolean;
  poolMax?: number;
  /** Do not log each applied migration (test setup). */
  silentMigrations?: boolean;
}

/** MikroORM options for one service: its own schema, explicit entities and migrations, strict types. */
export function serviceOrmOptions(settings: ServiceOrmSettings): Options {
  return defineConfig({
    clientUrl: settings.clientUrl,
    schema: settings.schema,
    entities: settings.entities,
    extensions: [Migrator],
    debug: settings.debug ?? false,
    forceUtcTimezone: true,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: settings.migrations as MigrationObject[],
      path: settings.migrationsPath,
      pathTs: settings.migrationsPath,
      snapshot: true,
      snapshotName: `.snapshot-${settings.schema}`,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: settings.silentMigrations ?? false,
    },
  });
}
