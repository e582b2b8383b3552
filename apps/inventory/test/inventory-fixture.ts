import { INestMicroservice } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from 'nats';
import { EventDefinition, eventSubject } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { sortableId } from '@did/service-kit';
import { startTestHttpService, startTestNatsService } from '@did/service-testing';
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
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the carrier sandbox runs in-process over HTTP
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the sandbox's own configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';

/** The carrier sandbox over HTTP on the same world (its own schema), with its fault controls. */
export interface CarrierSandboxHandle {
  app: NestFastifyApplication;
  baseUrl: string;
  /** `PUT /admin/faults` with the fields to change. */
  setFaults(changes: Record<string, unknown>): Promise<void>;
}

/** The inventory service on its own database and NATS prefix, a manual clock, and an RPC client that calls it like the gateway. */
export interface InventoryFixture {
  world: TestWorld;
  config: InventoryConfig;
  app: INestMicroservice;
  /** The ordering service (prices), null when started without it. */
  ordering: INestMicroservice | null;
  /** The carrier sandbox, null unless started with `carrier`. */
  carrier: CarrierSandboxHandle | null;
  nc: NatsConnection;
  /** Publishes an event envelope as another service's outbox relay would; returns the event id. */
  publish<D>(
    definition: EventDefinition,
    data: D,
    scope?: { accountId: string | null; partnerId: string | null },
  ): Promise<string>;
  clock: ManualClock;
  rpc: RpcClient;
  /** A fresh EntityManager to inspect rows. */
  em(): EntityManager;
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface InventoryOptions {
  loadFixture?: boolean;
  withOrdering?: boolean;
  /** Starts the carrier sandbox with these settings (its clock is the real one) and points inventory at it. */
  carrier?: Record<string, string>;
}

export async function startInventory(
  extraEnv: Record<string, string> = {},
  options: InventoryOptions = {},
): Promise<InventoryFixture> {
  const world = await createTestWorld();
  const carrier = options.carrier ? await startCarrier(world, options.carrier) : null;
  const config = world.configFor(loadInventoryConfig, {
    RESERVATION_SWEEP_INTERVAL_MS: '0',
    // Loops run only when a test calls runOnce(): no timer races the manual clock.
    CARRIER_POLL_INTERVAL_MS: '0',
    ...(carrier ? { CARRIER_SANDBOX_URL: carrier.baseUrl } : {}),
    ...extraEnv,
  });
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const orderingConfig = world.configFor(loadOrderingConfig, { PAYMENT_RECONCILE_INTERVAL_MS: '0' });
  const ordering =
    (options.withOrdering ?? true)
      ? await startTestNatsService(ORDERING, OrderingModule.forRoot(orderingConfig, { clock }), orderingConfig)
      : null;
  const app = await startTestNatsService(SERVICE, AppModule.forRoot(config, { clock }), config);
  const nc: NatsConnection = await connect({ servers: config.NATS_URL });
  const rpc = new RpcClient(nc, {
    service: 'test',
    natsUrl: config.NATS_URL,
    prefix: world.prefix,
    rpcTimeoutMs: 5_000,
  });
  if (options.loadFixture ?? true) await app.get(IngestService).ingestRows(fixtureRows());
  const em = () => app.get(EntityManager).fork();
  return {
    world,
    config,
    app,
    ordering,
    carrier,
    nc,
    publish: async (definition, data, scope = { accountId: null, partnerId: null }) => {
      const now = clock.now();
      const envelope = {
        id: sortableId('evt', now),
        type: definition.type,
        version: definition.version,
        occurred_at: now.toISOString(),
        producer: definition.producer,
        account_id: scope.accountId,
        partner_id: scope.partnerId,
        data,
      };
      await nc
        .jetstream()
        .publish(eventSubject(world.prefix, definition.type), JSON.stringify(envelope), { msgID: envelope.id });
      return envelope.id;
    },
    clock,
    rpc,
    em,
    rows: async (text, params = []) =>
      (
        await em()
          .getKnex()
          .raw(text, params as never[])
      ).rows,
    close: async () => {
      await app.close();
      await ordering?.close();
      await carrier?.app.close();
      await nc.close();
      await world.cleanup();
    },
  };
}

async function startCarrier(world: TestWorld, env: Record<string, string>): Promise<CarrierSandboxHandle> {
  const { app, baseUrl } = await startTestHttpService(
    SandboxModule.forRoot(world.configFor(loadCarrierSandboxConfig, env)),
  );
  return {
    app,
    baseUrl,
    setFaults: async (changes) => {
      const res = await fetch(`${baseUrl}/admin/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(changes),
      });
      if (!res.ok) throw new Error(`PUT /admin/faults answered ${res.status}: ${await res.text()}`);
    },
  };
}
