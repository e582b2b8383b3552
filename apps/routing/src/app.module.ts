import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { BaseConfig } from '@did/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export const SERVICE = 'routing';

/** The routing service: how calls and messages to a number are handled, CNAM and E911. */
@Module({})
export class AppModule {
  static forRoot(config: BaseConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceCoreModule.forRoot({ service: SERVICE, config, entities: ENTITIES, migrations: MIGRATIONS, clock: overrides.clock })],
    };
  }
}
