import { INestMicroservice } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { connect, NatsConnection } from 'nats';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from '@did/service-testing';
import { createTestWorld, ManualClock, TestWorld } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { InventoryConfig, loadInventoryConfig } from '../src/config';
import { IngestService } from '../src/ingest/ingest.service';
import { fixtureRows } from './fixture-numbers';
/*
 * Search prices come from ordering, so the ordering service runs in-process on the same world.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots ordering in-process
import { AppModule as OrderingModule, SERVICE as ORDERING } from '../../ordering/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: ordering's own configuration schema
import { loadOrderingConfig } from '../../ordering/src/config';

/** The inventory service on its own database and NATS prefix, a manual clock, and an RPC client that calls it like the gateway. */
export interface InventoryFixture {
  world: TestWorld;
  config: InventoryConfig;
  app: INestMicroservice;
  /** The ordering service (prices), null when started without it. */
  ordering: INestMicroservice | null;
  clock: ManualClock;
  rpc: RpcClient;
  /** A fresh EntityManager to inspect rows. */
  em(): EntityManager;
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startInventory(extraEnv: Record<string, string> = {}, options: { loadFixture?: boolean; withOrdering?: boolean } = {}): Promise<InventoryFixture> {
  const world = await createTestWorld();
  const config = world.configFor(loadInventoryConfig, { RESERVATION_SWEEP_INTERVAL_MS: '0', ...extraEnv });
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const orderingConfig = world.configFor(loadOrderingConfig, { PAYMENT_RECONCILE_INTERVAL_MS: '0' });
  const ordering = (options.withOrdering ?? true) ? await startTestNatsService(ORDERING, OrderingModule.forRoot(orderingConfig, { clock }), orderingConfig) : null;
  const app = await startTestNatsService(SERVICE, AppModule.forRoot(config, { clock }), config);
  const nc: NatsConnection = await connect({ servers: config.NATS_URL });
  const rpc = new RpcClient(nc, { service: 'test', natsUrl: config.NATS_URL, prefix: world.prefix, rpcTimeoutMs: 5_000 });
  if (options.loadFixture ?? true) await app.get(IngestService).ingestRows(fixtureRows());
  const em = () => app.get(EntityManager).fork();
  return {
    world,
    config,
    app,
    ordering,
    clock,
    rpc,
    em,
    rows: async (text, params = []) => (await em().getKnex().raw(text, params as never[])).rows,
    close: async () => {
      await app.close();
      await ordering?.close();
      await nc.close();
      await world.cleanup();
    },
  };
}
