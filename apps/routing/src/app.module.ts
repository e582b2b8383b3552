import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { ComplianceModule } from './compliance/compliance.module';
import { ROUTING_CONFIG, RoutingConfig } from './config';
import { DefaultsModule } from './defaults/defaults.module';
import { EmergencyModule } from './emergency/emergency.module';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { NumbersModule } from './numbers/numbers.module';
import { ResolveModule } from './resolve/resolve.module';
import { SettingsModule } from './settings/settings.module';

export const SERVICE = 'routing';

/** The routing service: how calls and messages to a number are handled, tenant defaults, E911, compliance, and resolve for the voice edge. */
@Module({})
export class AppModule {
  static forRoot(config: RoutingConfig, overrides: { clock?: Clock } = {}): DynamicModule {
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
        ResolveModule,
        NumbersModule,
        SettingsModule,
        DefaultsModule,
        EmergencyModule,
        ComplianceModule,
      ],
    };
  }
}

/** Makes the validated routing configuration injectable everywhere (ROUTING_CONFIG). */
@Module({})
class ConfigHolder {
  static forRoot(config: RoutingConfig): DynamicModule {
    return {
      module: ConfigHolder,
      global: true,
      providers: [{ provide: ROUTING_CONFIG, useValue: config }],
      exports: [ROUTING_CONFIG],
    };
  }
}
