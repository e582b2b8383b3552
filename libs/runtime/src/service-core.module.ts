import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { Constructor, MigrationObject } from '@mikro-orm/core';
import { BaseConfig } from '@did/config';
import { MESSAGING_ENTITIES, MessagingModule } from '@did/messaging';
import { schemaForService, serviceOrmOptions } from '@did/persistence';
import { CLOCK, Clock, systemClock } from '@did/service-kit';
import { healthControllerFor } from './health.controller';
import { natsAuthFromConfig } from './start-service';

/** What a service hands to {@link ServiceCoreModule}: its name, configuration, entities and migrations. */
export interface ServiceCoreOptions {
  service: string;
  version?: string;
  config: BaseConfig;
  entities: Constructor[];
  migrations: (MigrationObject | Constructor)[];
  /** Replace the wall clock (tests run billing cycles in seconds with a manual clock). */
  clock?: Clock;
}

/**
 * Everything a platform service has in common: MikroORM on its own schema (with the messaging
 * tables), NATS request/reply and JetStream events, an injectable clock and the `<service>.health` reply.
 * (Each NATS message gets its own identity map from the transport: PrefixedServerNats.useRequestContext,
 * bound by startNatsService.)
 */
@Module({})
export class ServiceCoreModule {
  static forRoot(options: ServiceCoreOptions): DynamicModule {
    const { config, service } = options;
    return {
      module: ServiceCoreModule,
      global: true,
      imports: [
        MikroOrmModule.forRoot({
          ...serviceOrmOptions({
            clientUrl: config.DATABASE_URL,
            schema: schemaForService(service),
            entities: [...options.entities, ...MESSAGING_ENTITIES],
            migrations: options.migrations,
            poolMax: config.DATABASE_POOL_MAX,
          }),
          registerRequestContext: true,
        }),
        MessagingModule.forRoot({
          service,
          natsUrl: config.NATS_URL,
          natsAuth: natsAuthFromConfig(config),
          streamReplicas: config.NATS_STREAM_REPLICAS,
          prefix: config.NATS_PREFIX,
          rpcTimeoutMs: config.RPC_TIMEOUT_MS,
          duplicateWindowSeconds: config.EVENTS_DUPLICATE_WINDOW_S,
          outboxPollMs: config.OUTBOX_POLL_MS,
          outboxRetentionDays: config.OUTBOX_RETENTION_DAYS,
          messagingPurgeIntervalMs: config.MESSAGING_PURGE_INTERVAL_MS,
        }),
      ],
      controllers: [healthControllerFor(service, options.version ?? '0.1.0')],
      providers: [{ provide: CLOCK, useValue: options.clock ?? systemClock }],
      exports: [CLOCK],
    };
  }
}
