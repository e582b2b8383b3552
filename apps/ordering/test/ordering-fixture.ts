import { INestMicroservice } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { connect, NatsConnection } from 'nats';
import { Currency, eventSubject, WalletCaller } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from '@did/service-testing';
import { randomId, sortableId } from '@did/service-kit';
import { createTestWorld, ManualClock, TestWorld } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadOrderingConfig, OrderingConfig } from '../src/config';

/** The ordering service on its own database and NATS prefix, a manual clock, and an RPC client that calls it like the gateway. */
export interface OrderingFixture {
  world: TestWorld;
  config: OrderingConfig;
  app: INestMicroservice;
  clock: ManualClock;
  rpc: RpcClient;
  nc: NatsConnection;
  em(): EntityManager;
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A caller for a new account (a tenant under a new partner unless `partnerId` is null). */
  newCaller(currency?: Currency, partnerId?: string | null): WalletCaller;
  /** Publishes an account.created envelope as the gateway's relay would; `msgId` defaults to the event id. */
  publishAccountCreated(data: Record<string, unknown>, eventId?: string, msgId?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startOrdering(extraEnv: Record<string, string> = {}): Promise<OrderingFixture> {
  const world = await createTestWorld();
  const config = world.configFor(loadOrderingConfig, { PAYMENT_RECONCILE_INTERVAL_MS: '0', ...extraEnv });
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const app = await startTestNatsService(SERVICE, AppModule.forRoot(config, { clock }), config);
  const nc = await connect({ servers: config.NATS_URL });
  const rpc = new RpcClient(nc, {
    service: 'test',
    natsUrl: config.NATS_URL,
    prefix: world.prefix,
    rpcTimeoutMs: 10_000,
  });
  const em = () => app.get(EntityManager).fork();
  return {
    world,
    config,
    app,
    clock,
    rpc,
    nc,
    em,
    rows: async (text, params = []) =>
      (
        await em()
          .getKnex()
          .raw(text, params as never[])
      ).rows,
    newCaller: (currency = 'USD', partnerId = randomId('acc')) => ({
      account_id: randomId('acc'),
      partner_id: partnerId,
      currency,
    }),
    publishAccountCreated: async (data, eventId = sortableId('evt'), msgId = eventId) => {
      const envelope = {
        id: eventId,
        type: 'account.created',
        version: 1,
        occurred_at: clock.now().toISOString(),
        producer: 'gateway',
        account_id: data.account_id,
        partner_id: data.parent_id ?? null,
        data,
      };
      await nc
        .jetstream()
        .publish(eventSubject(world.prefix, 'account.created'), JSON.stringify(envelope), { msgID: msgId });
      return eventId;
    },
    close: async () => {
      await app.close();
      await nc.close();
      await world.cleanup();
    },
  };
}

/** The rejection of `p` (fails the test when it resolves). */
export function failure<T>(p: Promise<T>): Promise<any> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}
