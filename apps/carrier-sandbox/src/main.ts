import 'reflect-metadata';
import '@did/tracing'; // before anything that loads http, fastify, pg or undici: OpenTelemetry, when configured, patches them as they load
import { runServiceCli, startHttpService } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { loadCarrierSandboxConfig } from './config';
import { MIGRATIONS } from './migrations';

void runServiceCli({
  service: SERVICE,
  loadConfig: () => loadCarrierSandboxConfig(),
  migrations: MIGRATIONS,
  start: (config) => startHttpService(SERVICE, AppModule.forRoot(config), config, config.CARRIER_SANDBOX_PORT),
});
