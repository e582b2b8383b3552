import path from 'node:path';
import { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestHttpService, startTestNatsService } from '@did/service-testing';
import { createTestWorld, TestWorld } from '@did/testing';
/*
 * The whole platform in-process on one throwaway database and NATS prefix (the Jest global setup's
 * template database), on the real clock so the browser sees numbers activate and webhooks arrive as
 * a user would. The gateway serves the built console (CONSOLE_DIR=dist/console). The browser talks
 * to nothing but the gateway's public /v1 API.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots the carrier sandbox in-process
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: the sandbox's configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots inventory in-process
import { AppModule as InventoryModule, SERVICE as INVENTORY } from '../../inventory/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: inventory's configuration schema
import { loadInventoryConfig } from '../../inventory/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: loads carrier rows the way inventory's ingest does
import { IngestService } from '../../inventory/src/ingest/ingest.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: the inventory tests' fixture rows (Austin, Dallas, toll-free)
import { fixtureRows } from '../../inventory/test/fixture-numbers';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots ordering in-process
import { AppModule as OrderingModule, SERVICE as ORDERING } from '../../ordering/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: ordering's configuration schema
import { loadOrderingConfig } from '../../ordering/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots routing in-process
import { AppModule as RoutingModule, SERVICE as ROUTING } from '../../routing/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: routing's configuration schema
import { loadRoutingConfig } from '../../routing/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots porting in-process
import { AppModule as PortingModule, SERVICE as PORTING } from '../../porting/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: porting's configuration schema
import { loadPortingConfig } from '../../porting/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots notifications in-process
import { AppModule as NotificationsModule, SERVICE as NOTIFICATIONS } from '../../notifications/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: notifications' configuration schema
import { loadNotificationsConfig } from '../../notifications/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: boots usage in-process, with helpers that play the edge (detail records)
import { startUsage, UsageWorld } from '../../usage/test/usage-world';
// eslint-disable-next-line @nx/enforce-module-boundaries -- console e2e: the gateway with its test client (partners made by the operator key)
import { GatewayFixture, startGateway } from '../../gateway/test/gateway-fixture';

export const CONSOLE_DIR = path.join(__dirname, '../../../dist/console');

export interface Platform {
  world: TestWorld;
  gw: GatewayFixture;
  /** The usage service; its helpers publish the edge's detail records and wait until they are rated. */
  usage: UsageWorld;
  consoleUrl: string;
  close(): Promise<void>;
}

export async function startPlatform(): Promise<Platform> {
  const world = await createTestWorld();
  const sandbox = await startTestHttpService(
    SandboxModule.forRoot(
      world.configFor(loadCarrierSandboxConfig, { ACTIVATION_DELAY_MS: '1500', FAILURE_RATE: '0' }),
    ),
  );
  const apps: INestMicroservice[] = [];
  const nats = async (service: string, module: unknown, config: Parameters<typeof startTestNatsService>[2]) => {
    const app = await startTestNatsService(service, module, config);
    apps.unshift(app);
    return app;
  };
  const ordering = world.configFor(loadOrderingConfig, {
    RPC_TIMEOUT_MS: '20000',
    PAYMENT_RECONCILE_INTERVAL_MS: '0',
    ORDER_RECONCILE_INTERVAL_MS: '0',
    RENEWAL_INTERVAL_MS: '0',
  });
  await nats(ORDERING, OrderingModule.forRoot(ordering), ordering);
  const inventory = world.configFor(loadInventoryConfig, {
    RESERVATION_SWEEP_INTERVAL_MS: '0',
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    CARRIER_POLL_INTERVAL_MS: '200',
  });
  const inventoryApp = await nats(INVENTORY, InventoryModule.forRoot(inventory), inventory);
  await inventoryApp.get(IngestService).ingestRows(fixtureRows());
  const routing = world.configFor(loadRoutingConfig, {
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    E911_POLL_INTERVAL_MS: '0',
  });
  await nats(ROUTING, RoutingModule.forRoot(routing), routing);
  const porting = world.configFor(loadPortingConfig, {
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    PORTING_POLL_INTERVAL_MS: '1000',
    RPC_TIMEOUT_MS: '20000',
  });
  await nats(PORTING, PortingModule.forRoot(porting), porting);
  const notifications = world.configFor(loadNotificationsConfig, {
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    WEBHOOK_POLL_MS: '200',
  });
  await nats(NOTIFICATIONS, NotificationsModule.forRoot(notifications), notifications);
  const usage = await startUsage({}, { world });
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000', RPC_TIMEOUT_MS: '20000', CONSOLE_DIR }, { world });
  return {
    world,
    gw,
    usage,
    consoleUrl: `${gw.baseUrl}/console/`,
    close: async () => {
      await gw.close();
      await usage.close();
      for (const app of apps) await app.close();
      await (sandbox.app as NestFastifyApplication).close();
      await world.cleanup();
    },
  };
}
