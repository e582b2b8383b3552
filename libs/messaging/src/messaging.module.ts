import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import { NatsConnection } from 'nats';
import { connectNats } from './nats-connection';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from './messaging.options';
import { RpcClient } from './rpc/rpc-client';
import { PlainResponders } from './rpc/plain-responder';
import { JetStreamEvents } from './events/jetstream-events';

/** Options of {@link MessagingModule.forRoot}: the NATS side plus the event stream settings. */
export interface MessagingModuleOptions extends MessagingOptions {
  duplicateWindowSeconds: number;
  /** Replicas of the streams this service creates (NATS_STREAM_REPLICAS; default 1). */
  streamReplicas?: number;
  outboxPollMs: number;
  /** Published outbox rows are kept this long (default 7 days); see MessagingRetention. */
  outboxRetentionDays?: number;
  /** How often the messaging tables are purged (default hourly; 0: never). */
  messagingPurgeIntervalMs?: number;
}

@Injectable()
class NatsConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    // drain() lets in-flight requests and acks finish before the socket closes.
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }
}

/**
 * NATS for one service: the connection, the request/reply client and JetStream events (stream,
 * outbox relay, durable consumers). Global, so feature modules just inject what they need.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useValue: options },
      { provide: NATS_CONNECTION, useFactory: () => connectNats(options.natsUrl, options.service, options.natsAuth) },
      NatsConnectionCloser,
      RpcClient,
      PlainResponders,
      JetStreamEvents,
    ];
    return {
      module: MessagingModule,
      providers,
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, RpcClient, PlainResponders, JetStreamEvents],
    };
  }
}
