import { describeServiceHealth } from '@did/service-testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadPortingConfig } from '../src/config';

describeServiceHealth(SERVICE, (world) =>
  AppModule.forRoot(world.configFor(loadPortingConfig, { PORTING_POLL_INTERVAL_MS: '0' })),
);
