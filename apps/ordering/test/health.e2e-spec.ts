import { describeServiceHealth } from '@did/service-testing';
import { AppModule, SERVICE } from '../src/app.module';

describeServiceHealth(SERVICE, (world) => AppModule.forRoot(world.config));
