import 'reflect-metadata';
import '@did/tracing'; // before anything that loads http, fastify, pg or undici: OpenTelemetry, when configured, patches them as they load
import { runNatsServiceCli } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { NotificationsConfigSchema } from './config';
import { MIGRATIONS } from './migrations';

void runNatsServiceCli({
  service: SERVICE,
  migrations: MIGRATIONS,
  configSchema: NotificationsConfigSchema,
  moduleFor: (config) => AppModule.forRoot(config),
});
