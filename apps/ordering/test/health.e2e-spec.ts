import { describeServiceHealth } from '@did/service-testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadOrderingConfig } from '../src/config';

describeServiceHealth(SERVICE, (world) => AppModule.forRoot(world.configFor(loadOrderingConfig)));
