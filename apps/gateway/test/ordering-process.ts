import { connect, NatsConnection } from 'nats';
import type { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EntityManager } from '@mikro-orm/postgresql';
import { RpcClient } from '@did/messaging';
import { ServiceProcess, startTestHttpService, startTestNatsService } from '@did/service-testing';
import { createTestWorld, TestWorld } from '@did/testing';
/*
 * The crash test kills ordering for real (SIGKILL), so ordering runs as a child process on the test
 * world while the carrier sandbox, inventory and the gateway run in-process, as in orders-world.ts,
 * but on the system clock: the child's reconciler deadlines are real time.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots the carrier sandbox in-process
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the sandbox's own configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots inventory in-process
import { AppModule as InventoryModule, SERVICE as INVENTORY } from '../../inventory/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: inventory's own configuration schema
import { loadInventoryConfig } from '../../inventory/src/config';
import { GatewayFixture, startGateway } from './gateway-fixture';

/** The ordering service as a child process, for the order crash tests. */
export class OrderingProcess extends ServiceProcess {
  constructor(env: Record<string, string>, rpc: RpcClient) {
    super('ordering', env, rpc);
  }
}

/** The carrier sandbox, inventory and the gateway in-process, ordering as a child process, on one test world. */
export interface CrashWorld {
  world: TestWorld;
  gw: GatewayFixture;
  inventory: INestMicroservice;
  sandbox: { app: NestFastifyApplication; baseUrl: string };
  ordering: OrderingProcess;
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startCrashWorld(
  env: {
    ordering?: Record<string, string>;
    inventory?: Record<string, string>;
    sandbox?: Record<string, string>;
    gateway?: Record<string, string>;
  } = {},
): Promise<CrashWorld> {
  const world = await createTestWorld();
  const sandbox = await startTestHttpService(
    SandboxModule.forRoot(
      world.configFor(loadCarrierSandboxConfig, { ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0', ...env.sandbox }),
    ),
  );
  const inventoryConfig = world.configFor(loadInventoryConfig, {
    RESERVATION_SWEEP_INTERVAL_MS: '0',
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    CARRIER_POLL_INTERVAL_MS: '50',
    ...env.inventory,
  });
  const inventory = await startTestNatsService(INVENTORY, InventoryModule.forRoot(inventoryConfig), inventoryConfig);
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000', ...env.gateway }, { world });
  const nc: NatsConnection = await connect({ servers: world.config.NATS_URL });
  const rpc = new RpcClient(nc, {
    service: 'crash-test',
    natsUrl: world.config.NATS_URL,
    prefix: world.prefix,
    rpcTimeoutMs: 5_000,
  });
  const ordering = new OrderingProcess(
    {
      DATABASE_URL: world.db.url,
      NATS_URL: world.config.NATS_URL,
      NATS_PREFIX: world.prefix,
      OUTBOX_POLL_MS: '50',
      LOG_LEVEL: 'error',
      NO_COLOR: '1',
      PAYMENT_RECONCILE_INTERVAL_MS: '0',
      RENEWAL_INTERVAL_MS: '0',
      ...env.ordering,
    },
    rpc,
  );
  const em = () => inventory.get(EntityManager).fork();
  return {
    world,
    gw,
    inventory,
    sandbox,
    ordering,
    rows: async (text, params = []) =>
      (
        await em()
          .getKnex()
          .raw(text, params as never[])
      ).rows,
    close: async () => {
      await ordering.stop();
      await gw.close();
      await inventory.close();
      await sandbox.app.close();
      await nc.close();
      await world.cleanup();
    },
  };
}
