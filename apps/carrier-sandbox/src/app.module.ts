import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { CarrierSandboxConfig } from './config';
import { ENTITIES } from './entities';
import { HttpHealthController } from './health/health.controller';
import { MIGRATIONS } from './migrations';

export const SERVICE = 'carrier-sandbox';

/** An upstream carrier emulator over HTTP: inventory feed, activation, portability, CSR, E911, CNAM, and fault controls. */
@Module({})
export class AppModule {
  static forRoot(config: CarrierSandboxConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceCoreModule.forRoot({ service: SERVICE, config, entities: ENTITIES, migrations: MIGRATIONS, clock: overrides.clock })],
      controllers: [HttpHealthController],
    };
  }
}
