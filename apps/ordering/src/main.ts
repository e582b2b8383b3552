import 'reflect-metadata';
import '@did/tracing'; // before anything that loads http, fastify, pg or undici: OpenTelemetry, when configured, patches them as they load
import { loadConfig } from '@did/config';
import { runNatsServiceCli } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { OrderingConfigSchema } from './config';
import { runFundDemoCli } from './demo/fund-demo.cli';
import { MIGRATIONS } from './migrations';

const [command, ...rest] = process.argv.slice(2);
if (command === 'fund-demo') {
  Promise.resolve()
    .then(() => runFundDemoCli(loadConfig(OrderingConfigSchema), rest))
    .catch((err: Error) => {
      console.error(`${SERVICE} fund-demo: ${err.message}`);
      process.exit(1);
    });
} else {
  void runNatsServiceCli({
    service: SERVICE,
    migrations: MIGRATIONS,
    configSchema: OrderingConfigSchema,
    moduleFor: (config) => AppModule.forRoot(config),
  });
}
