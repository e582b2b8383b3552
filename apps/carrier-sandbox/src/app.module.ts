import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { CarrierSandboxConfig, SANDBOX_CONFIG } from './config';
import { DisconnectsModule } from './disconnects/disconnects.module';
import { E911Module } from './e911/e911.module';
import { ENTITIES } from './entities';
import { FaultsModule } from './faults/faults.module';
import { FeedModule } from './feed/feed.module';
import { HttpHealthController } from './health/health.controller';
import { LookupsModule } from './lookups/lookups.module';
import { MIGRATIONS } from './migrations';
import { OrdersModule } from './orders/orders.module';
import { PortingModule } from './porting/porting.module';
import { PayloadErrorFilter } from '@did/http-kit';

export const SERVICE = 'carrier-sandbox';

/** Makes the validated configuration injectable everywhere (SANDBOX_CONFIG). */
@Global()
@Module({})
class SandboxConfigModule {
  static forRoot(config: CarrierSandboxConfig): DynamicModule {
    return {
      module: SandboxConfigModule,
      providers: [{ provide: SANDBOX_CONFIG, useValue: config }],
      exports: [SANDBOX_CONFIG],
    };
  }
}

/** An upstream carrier emulator over HTTP: inventory feed, activation, disconnects, portability, CSR, E911, CNAM, and fault controls. */
@Module({})
export class AppModule {
  static forRoot(config: CarrierSandboxConfig, overrides: { clock?: Clock } = {}): DynamicModule {
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
        SandboxConfigModule.forRoot(config),
        FaultsModule,
        FeedModule,
        OrdersModule,
        DisconnectsModule,
        LookupsModule,
        PortingModule,
        E911Module,
      ],
      controllers: [HttpHealthController],
      // Registered here rather than in main.ts so tests booting AppModule get the same error shape.
      providers: [{ provide: APP_FILTER, useValue: new PayloadErrorFilter('CarrierSandboxErrors') }],
    };
  }
}
