import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock, SECRET_BOX, secretBoxFor } from '@did/service-kit';
import { AccountsModule } from './accounts/accounts.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuthModule } from './auth/auth.module';
import { GATEWAY_CONFIG, GatewayConfig } from './config';
import { ENTITIES } from './entities';
import { ErrorsPageModule } from './errors-page/errors-page.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { MIGRATIONS } from './migrations';
import { NumbersModule } from './numbers/numbers.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { EventsModule } from './events/events.module';
import { BillingModule } from './billing/billing.module';
import { PricingModule } from './pricing/pricing.module';
import { NumberOrdersModule } from './number-orders/number-orders.module';
import { RoutingModule } from './routing/routing.module';
import { PhoneNumbersModule } from './phone-numbers/phone-numbers.module';
import { NumberBillingModule } from './number-billing/number-billing.module';
import { PortingModule } from './porting/porting.module';
import { ResaleModule } from './resale/resale.module';
import { UsageModule } from './usage/usage.module';
import { DeadLettersModule } from './dead-letters/dead-letters.module';

export const SERVICE = 'gateway';

/** The public API: every /v1 route, accounts, API keys, idempotency and rate limits. */
@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig, overrides: { clock?: Clock } = {}): DynamicModule {
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
        AuthModule,
        IdempotencyModule,
        HealthModule,
        ErrorsPageModule,
        AccountsModule,
        ApiKeysModule,
        NumbersModule,
        WebhooksModule,
        EventsModule,
        BillingModule,
        PricingModule,
        DeadLettersModule,
        NumberOrdersModule,
        RoutingModule,
        PhoneNumbersModule,
        NumberBillingModule,
        PortingModule,
        ResaleModule,
        UsageModule,
      ],
    };
  }
}

/** Makes the validated gateway configuration (GATEWAY_CONFIG) and the secret box (SECRET_BOX) injectable everywhere. */
@Module({})
class ConfigHolder {
  static forRoot(config: GatewayConfig): DynamicModule {
    const box = secretBoxFor(
      {
        variable: 'GATEWAY_SECRETS_KEY',
        keyBase64: config.GATEWAY_SECRETS_KEY,
        developmentLabel: 'did-platform development gateway key',
      },
      (m) => new Logger(SERVICE).warn(m),
    );
    const providers = [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: SECRET_BOX, useValue: box },
    ];
    return { module: ConfigHolder, global: true, providers, exports: providers.map((p) => p.provide) };
  }
}
