import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServiceName } from '@did/contracts';
import { MessagingModule } from '@did/messaging';
import { natsAuthFromConfig } from '@did/runtime';
import { CLOCK, Clock, systemClock } from '@did/service-kit';
import { BulkModule } from './bulk/bulk.module';
import { CallsModule } from './calls/calls.module';
import { EDGE_CONFIG, VoiceEdgeSandboxConfig } from './config';
import { HttpHealthController } from './health/health.controller';
import { NumbersModule } from './numbers/numbers.module';
import { Random, RANDOM } from './records/random-traffic';
import { TrafficModule } from './traffic/traffic.module';
import { PayloadErrorFilter } from '@did/http-kit';

export const SERVICE = ServiceName.VoiceEdgeSandbox;

/** What tests may replace: the clock stamped on records and the random draws. */
export interface EdgeOverrides {
  clock?: Clock;
  random?: Random;
}

/** The configuration, clock and random source, injectable everywhere. */
@Global()
@Module({})
class EdgeCoreModule {
  static forRoot(config: VoiceEdgeSandboxConfig, overrides: EdgeOverrides): DynamicModule {
    return {
      module: EdgeCoreModule,
      providers: [
        { provide: EDGE_CONFIG, useValue: config },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
        { provide: RANDOM, useValue: overrides.random ?? Math.random },
      ],
      exports: [EDGE_CONFIG, CLOCK, RANDOM],
    };
  }
}

/**
 * An emulator of the voice/messaging edge: it asks routing `resolve` for each call and publishes a
 * detail record per call and message to the usage records stream. No database: the active numbers
 * are rebuilt from the events stream on every start.
 */
@Module({})
export class AppModule {
  static forRoot(config: VoiceEdgeSandboxConfig, overrides: EdgeOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EdgeCoreModule.forRoot(config, overrides),
        // Without MikroORM the messaging layer gives the connection, request/reply and the events stream only (no outbox, no durable consumers).
        MessagingModule.forRoot({
          service: SERVICE,
          natsUrl: config.NATS_URL,
          natsAuth: natsAuthFromConfig(config),
          streamReplicas: config.NATS_STREAM_REPLICAS,
          prefix: config.NATS_PREFIX,
          rpcTimeoutMs: config.RPC_TIMEOUT_MS,
          duplicateWindowSeconds: config.EVENTS_DUPLICATE_WINDOW_S,
          outboxPollMs: config.OUTBOX_POLL_MS,
        }),
        NumbersModule,
        CallsModule,
        TrafficModule,
        BulkModule,
      ],
      controllers: [HttpHealthController],
      // Registered here rather than in main.ts so tests booting AppModule get the same error shape.
      providers: [{ provide: APP_FILTER, useValue: new PayloadErrorFilter('VoiceEdgeSandboxErrors') }],
    };
  }
}
