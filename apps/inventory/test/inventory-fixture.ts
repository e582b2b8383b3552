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

/** The inventory service on its own database and NATS prefix, a manual clock, and an RPC client that calls it like the gateway. */
export interface InventoryFixture {
  world: TestWorld;
  config: InventoryConfig;
  app: INestMicroservice;
  clock: ManualClock;
  rpc: RpcClient;
  /** A fresh EntityManager to inspect rows. */
  em(): EntityManager;
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startInventory(extraEnv: Record<string, string> = {}, options: { loadFixture?: boolean } = {}): Promise<InventoryFixture> {
  const world = await createTestWorld();
  const config = world.configFor(loadInventoryConfig, { RESERVATION_SWEEP_INTERVAL_MS: '0', ...extraEnv });
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const app = await startTestNatsService(SERVICE, AppModule.forRoot(config, { clock }), config);
  const nc: NatsConnection = await connect({ servers: config.NATS_URL });
  const rpc = new RpcClient(nc, { service: 'test', natsUrl: config.NATS_URL, prefix: world.prefix, rpcTimeoutMs: 5_000 });
  if (options.loadFixture ?? true) await app.get(IngestService).ingestRows(fixtureRows());
  const em = () => app.get(EntityManager).fork();
  return {
    world,
    config,
    app,
    clock,
    rpc,
    em,
    rows: async (text, params = []) => (await em().getKnex().raw(text, params as never[])).rows,
    close: async () => {
      await app.close();
      await nc.close();
      await world.cleanup();
    },
  };
}
