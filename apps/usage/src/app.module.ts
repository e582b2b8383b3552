import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { USAGE_CONFIG, UsageConfig } from './config';
import { MIGRATIONS } from './migrations';
import { RatesConsumer } from './rates/rates.consumer';
import { UsageCharger } from './rating/usage-charger';
import { IntakeMetrics } from './records/intake-metrics';
import { RecordIntake } from './records/record-intake';
import { ReportsModule } from './reports/reports.module';

export const SERVICE = 'usage';

/** The usage service: rates the calls and messages the edge reports and hands ordering what to charge. */
@Module({})
export class AppModule {
  static forRoot(config: UsageConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceCoreModule.forRoot({
          service: SERVICE,
          config,
          entities: [],
          migrations: MIGRATIONS,
          clock: overrides.clock,
        }),
        ConfigHolder.forRoot(config),
        ReportsModule,
      ],
      providers: [UsageCharger, RecordIntake, IntakeMetrics, RatesConsumer],
    };
  }
}

/** Makes the validated usage configuration injectable everywhere (USAGE_CONFIG). */
@Module({})
class ConfigHolder {
  static forRoot(config: UsageConfig): DynamicModule {
    return {
      module: ConfigHolder,
      global: true,
      providers: [{ provide: USAGE_CONFIG, useValue: config }],
      exports: [USAGE_CONFIG],
    };
  }
}
