import type { INestMicroservice } from '@nestjs/common';
import { connect, JetStreamClient, NatsConnection } from 'nats';
import { EventEnvelope, eventSubject } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from '@did/service-testing';
import { Clock, sortableId, systemClock } from '@did/service-kit';
import { createTestWorld, TestWorld } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadNotificationsConfig, NotificationsConfig } from '../src/config';
import { HostResolver } from '../src/ssrf/resolver';

/** Settings that let tests run the whole retry schedule in milliseconds, against a loopback receiver. */
export const FAST_WEBHOOKS: Record<string, string> = {
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
  WEBHOOK_RETRY_SCHEDULE_MS: '20,20,20,20',
  WEBHOOK_TIMEOUT_MS: '5000',
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
};

/** The notifications service on a private database and NATS prefix, with an RPC client and an event publisher. */
export class NotificationsFixture {
  app: INestMicroservice | null = null;
  rpc!: RpcClient;
  config!: NotificationsConfig;
  private nc!: NatsConnection;
  private js!: JetStreamClient;
  /** The producers' clock: the service's own, so an event never seems older than an endpoint made just before it. */
  private clock: Clock = systemClock;

  private constructor(readonly world: TestWorld) {}

  static async start(
    env: Record<string, string> = {},
    overrides: { clock?: Clock; resolver?: HostResolver } = {},
  ): Promise<NotificationsFixture> {
    const fixture = new NotificationsFixture(await createTestWorld());
    fixture.config = fixture.world.configFor(loadNotificationsConfig, { ...FAST_WEBHOOKS, ...env });
    fixture.nc = await connect({ servers: fixture.world.config.NATS_URL });
    fixture.js = fixture.nc.jetstream();
    fixture.rpc = new RpcClient(fixture.nc, {
      service: 'test',
      natsUrl: fixture.world.config.NATS_URL,
      prefix: fixture.world.prefix,
      rpcTimeoutMs: 5_000,
    });
    await fixture.boot(overrides);
    return fixture;
  }

  /** (Re)starts the service on the same database: what a deploy or a crash-restart does. */
  async boot(overrides: { clock?: Clock; resolver?: HostResolver } = {}): Promise<void> {
    this.clock = overrides.clock ?? systemClock;
    this.app = await startTestNatsService(SERVICE, AppModule.forRoot(this.config, overrides), this.config);
  }

  async stopService(): Promise<void> {
    await this.app?.close();
    this.app = null;
  }

  /** Publishes a domain event as a producing service's outbox relay would. */
  async publish(
    type: string,
    accountId: string,
    data: Record<string, unknown>,
    partnerId: string | null = null,
  ): Promise<EventEnvelope> {
    const now = this.clock.now();
    const event: EventEnvelope = {
      id: sortableId('evt', now),
      type,
      version: 1,
      occurred_at: now.toISOString(),
      producer: 'gateway',
      account_id: accountId,
      partner_id: partnerId,
      data,
    };
    await this.js.publish(eventSubject(this.world.prefix, type), JSON.stringify(event), { msgID: event.id });
    return event;
  }

  /** Publishes `event` again under another message id (JetStream keeps both): what a producer's retry past the duplicate window does. */
  async republish(event: EventEnvelope, msgID: string): Promise<void> {
    await this.js.publish(eventSubject(this.world.prefix, event.type), JSON.stringify(event), { msgID });
  }

  /** A valid account.created payload for `accountId`. */
  accountCreated(accountId: string, partnerId: string | null = null): Promise<EventEnvelope> {
    const data = {
      account_id: accountId,
      type: partnerId ? 'tenant' : 'partner',
      parent_id: partnerId,
      name: 'A',
      currency: 'USD',
      created_at: new Date().toISOString(),
    };
    return this.publish('account.created', accountId, data, partnerId);
  }

  async createEndpoint(
    accountId: string,
    body: Record<string, unknown>,
    partnerId: string | null = null,
  ): Promise<{ id: string; secret: string }> {
    return this.rpc.request('notifications.endpoints.create', { account_id: accountId, partner_id: partnerId, body });
  }

  async deliveries(accountId: string, query: Record<string, unknown> = {}): Promise<any[]> {
    const page = await this.rpc.request<{ data: any[] }>('notifications.deliveries.list', {
      account_id: accountId,
      partner_id: null,
      limit: 100,
      ...query,
    });
    return page.data;
  }

  async close(): Promise<void> {
    await this.stopService();
    await this.nc.close();
    await this.world.cleanup();
  }
}
