import { describeServiceHealth } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';

describeServiceHealth(SERVICE, (world) => AppModule.forRoot(world.config));
