import { DynamicModule, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from './config';
import { UsageBillingModule } from './usage-billing/usage-billing.module';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { LookupsModule } from './lookups/lookups.module';
import { OrdersModule } from './orders/orders.module';
import { PaymentsModule } from './payments/payments.module';
import { PortingBillingModule } from './porting-billing/porting-billing.module';
import { PricingModule } from './pricing/pricing.module';
import { ResaleModule } from './resale/resale.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { WalletsModule } from './wallets/wallets.module';
import { BillingMetrics } from './metrics/billing-metrics';

export const SERVICE = 'ordering';

/** The ordering service: price lists, wallets and their ledger, orders, subscriptions and renewals, resale transfers and statements. */
@Module({})
export class AppModule {
  static forRoot(config: OrderingConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      providers: [BillingMetrics],
      imports: [
        ServiceCoreModule.forRoot({
          service: SERVICE,
          config,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          clock: overrides.clock,
        }),
        ConfigHolder.forRoot(config),
        WalletsModule,
        PaymentsModule,
        PricingModule,
        OrdersModule,
        LookupsModule,
        SubscriptionsModule,
        PortingBillingModule,
        ResaleModule,
        UsageBillingModule,
      ],
    };
  }
}

/** Makes the validated ordering configuration injectable everywhere (ORDERING_CONFIG). */
@Module({})
class ConfigHolder {
  static forRoot(config: OrderingConfig): DynamicModule {
    return {
      module: ConfigHolder,
      global: true,
      providers: [{ provide: ORDERING_CONFIG, useValue: config }],
      exports: [ORDERING_CONFIG],
    };
  }
}
