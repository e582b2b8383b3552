import { describeServiceHealth } from '@did/service-testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadRoutingConfig } from '../src/config';

describeServiceHealth(SERVICE, (world) =>
  AppModule.forRoot(world.configFor(loadRoutingConfig, { E911_POLL_INTERVAL_MS: '0' })),
);
