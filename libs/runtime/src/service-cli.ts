import { DynamicModule, INestApplicationContext, Logger } from '@nestjs/common';
import type { Constructor, MigrationObject } from '@mikro-orm/core';
import { z } from 'zod';
import { BaseConfig, BaseConfigSchema, loadConfig } from '@did/config';
import { startNatsService } from './start-service';
import { runMigrations, schemaForService } from '@did/persistence';
import { deadLettersCommand } from './dead-letters-cli';
import { startOpsServer } from './ops/ops-server';
import { installServiceLogger } from './logging/pino-nest-logger';

export interface ServiceCliSpec<C extends BaseConfig> {
  service: string;
  loadConfig: () => C;
  migrations: (MigrationObject | Constructor)[];
  /** Starts the service and returns its Nest application (the health and metrics port reads it). */
  start: (config: C) => Promise<INestApplicationContext>;
}

/**
 * The entry point of every service binary: `main.js migrate` applies the service's migrations and
 * exits; `main.js dead-letters list|redrive <id>` asks the running service about its dead letters;
 * `main.js` (or `main.js start`) runs it. A bad configuration stops it with one clear line.
 */
export async function runServiceCli<C extends BaseConfig>(
  spec: ServiceCliSpec<C>,
  argv = process.argv.slice(2),
): Promise<void> {
  let config: C;
  try {
    config = spec.loadConfig();
  } catch (err) {
    console.error(`${spec.service}: ${(err as Error).message}`);
    process.exit(78); // EX_CONFIG
  }
  installServiceLogger(spec.service, config);
  const logger = new Logger(spec.service);
  const command = argv[0] ?? 'start';
  try {
    if (command === 'migrate') {
      const applied = await runMigrations({
        clientUrl: config.DATABASE_URL,
        schema: schemaForService(spec.service),
        entities: [],
        migrations: spec.migrations,
      });
      logger.log(applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date');
      return;
    }
    if (command === 'dead-letters') {
      await deadLettersCommand(spec.service, config, argv.slice(1));
      return;
    }
    if (command !== 'start') throw new Error(`unknown command "${command}" (use start, migrate or dead-letters)`);
    const app = await spec.start(config);
    if (config.OPS_PORT > 0)
      await startOpsServer(app as INestApplicationContext, spec.service, config.OPS_PORT, spec.migrations);
  } catch (err) {
    logger.error((err as Error).stack ?? String(err));
    process.exit(1);
  }
}

/**
 * The whole `main.ts` of a NATS-only service: configuration from the environment, `migrate` or start.
 * `moduleFor` builds the root module from the validated configuration.
 */
export function runNatsServiceCli<S extends z.ZodObject<typeof BaseConfigSchema.shape>>(spec: {
  service: string;
  migrations: (MigrationObject | Constructor)[];
  moduleFor: (config: z.infer<S>) => DynamicModule;
  configSchema?: S;
}): Promise<void> {
  const schema = spec.configSchema ?? BaseConfigSchema;
  return runServiceCli({
    service: spec.service,
    migrations: spec.migrations,
    loadConfig: () => loadConfig(schema) as z.infer<S>,
    start: (config) => startNatsService(spec.service, spec.moduleFor(config), config),
  });
}
