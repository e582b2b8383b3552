import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { CarrierModule } from './carrier/carrier.module';
import { ChecksModule } from './checks/checks.module';
import { PORTING_CONFIG, PortingConfig } from './config';
import { DocumentsModule } from './documents/documents.module';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { OrdersModule } from './orders/orders.module';

export const SERVICE = 'porting';

/** The porting service: port-in orders, their numbers, documents, status history and exceptions. */
@Module({})
export class AppModule {
  static forRoot(config: PortingConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceCoreModule.forRoot({
          service: SERVICE,
          config,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          clock: overrides.clock,
        }),
        ConfigHolder.forRoot(config),
        CarrierModule,
        ChecksModule,
        DocumentsModule,
        OrdersModule,
      ],
    };
  }
}

/** Makes the validated porting configuration injectable everywhere (PORTING_CONFIG). */
@Module({})
class ConfigHolder {
  static forRoot(config: PortingConfig): DynamicModule {
    return {
      module: ConfigHolder,
      global: true,
      providers: [{ provide: PORTING_CONFIG, useValue: config }],
      exports: [PORTING_CONFIG],
    };
  }
}
