import 'reflect-metadata';
import '@did/tracing'; // before anything that loads http, fastify, pg or undici: OpenTelemetry, when configured, patches them as they load
import { runServiceCli, startHttpService } from '@did/runtime';
import { AppModule, SERVICE } from './app.module';
import { gatewayServerLimits, loadGatewayConfig } from './config';
import { configureGateway } from './http/configure-gateway';
import { MIGRATIONS } from './migrations';
import { seedDemo } from './seed/seed-demo';

const command = process.argv[2];

if (command === 'seed-demo') {
  // Used by `npm start`: idempotently creates the demo partner, tenant and key, and prints them as JSON.
  void seedDemo(loadGatewayConfig()).then(
    (result) => console.log(JSON.stringify(result)),
    (err: Error) => {
      console.error(`gateway seed-demo: ${err.message}`);
      process.exit(1);
    },
  );
} else {
  void runServiceCli({
    service: SERVICE,
    loadConfig: () => loadGatewayConfig(),
    migrations: MIGRATIONS,
    start: (config) =>
      startHttpService(
        SERVICE,
        AppModule.forRoot(config),
        config,
        config.GATEWAY_PORT,
        (app) => configureGateway(app),
        gatewayServerLimits(config),
      ),
  });
}
