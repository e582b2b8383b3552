import 'reflect-metadata';
import '@did/tracing'; // before anything that loads http, fastify, pg or undici: OpenTelemetry, when configured, patches them as they load
import { loadConfig } from '@did/config';
import { runNatsServiceCli } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { InventoryConfigSchema } from './config';
import { runIngestCli } from './ingest/ingest.cli';
import { MIGRATIONS } from './migrations';

const [command, ...rest] = process.argv.slice(2);
if (command === 'ingest') {
  Promise.resolve()
    .then(() => runIngestCli(loadConfig(InventoryConfigSchema), rest))
    .catch((err: Error) => {
      console.error(`${SERVICE} ingest: ${err.message}`);
      process.exit(1);
    });
} else {
  void runNatsServiceCli({
    service: SERVICE,
    migrations: MIGRATIONS,
    configSchema: InventoryConfigSchema,
    moduleFor: (config) => AppModule.forRoot(config),
  });
}
