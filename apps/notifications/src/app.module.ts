import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServiceCoreModule } from '@did/runtime';
import { Clock, SECRET_BOX, secretBoxFor } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { EndpointsModule } from './endpoints/endpoints.module';
import { ENTITIES } from './entities';
import { EventsModule } from './events/events.module';
import { MIGRATIONS } from './migrations';
import { RetentionModule } from './retention/retention.module';
import { dnsResolver, HOST_RESOLVER, HostResolver } from './ssrf/resolver';
import { WebhookMetrics } from './metrics/webhook-metrics';

export const SERVICE = 'notifications';

/** Test seams: a manual clock, and a resolver that can play DNS rebinding. */
export interface NotificationsOverrides {
  clock?: Clock;
  resolver?: HostResolver;
}

/** The notifications service: webhook endpoints, signed deliveries, retries and the delivery log. */
@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig, overrides: NotificationsOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      providers: [WebhookMetrics],
      imports: [
        ServiceCoreModule.forRoot({
          service: SERVICE,
          config,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          clock: overrides.clock,
        }),
        SettingsModule.forRoot(config, overrides.resolver ?? dnsResolver),
        EndpointsModule,
        DeliveriesModule,
        EventsModule,
        RetentionModule,
      ],
    };
  }
}

/** Configuration, the secret box and the resolver, injectable everywhere. */
@Module({})
class SettingsModule {
  static forRoot(config: NotificationsConfig, resolver: HostResolver): DynamicModule {
    const box = secretBoxFor(
      {
        variable: 'WEBHOOK_SECRETS_KEY',
        keyBase64: config.WEBHOOK_SECRETS_KEY,
        developmentLabel: 'did-platform development webhook key',
      },
      (m) => new Logger(SERVICE).warn(m),
    );
    const providers = [
      { provide: NOTIFICATIONS_CONFIG, useValue: config },
      { provide: SECRET_BOX, useValue: box },
      { provide: HOST_RESOLVER, useValue: resolver },
    ];
    return { module: SettingsModule, global: true, providers, exports: providers.map((p) => p.provide) };
  }
}
