import { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EntityManager } from '@mikro-orm/postgresql';
import { LedgerEntryKind } from '@did/contracts';
import { startTestHttpService, startTestNatsService } from '@did/service-testing';
import { sortableId } from '@did/service-kit';
import { createTestWorld, ManualClock, TestWorld, waitFor } from '@did/testing';
/*
 * This end-to-end test runs every service an order touches in-process beside the gateway (carrier
 * sandbox over HTTP, inventory, ordering) so they share one database, NATS prefix and clock; no
 * library can offer that without knowing the apps.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots the carrier sandbox in-process
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the sandbox's own configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots inventory in-process
import { AppModule as InventoryModule, SERVICE as INVENTORY } from '../../inventory/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: inventory's own configuration schema
import { loadInventoryConfig } from '../../inventory/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: loads carrier rows the way inventory does
import { IngestService } from '../../inventory/src/ingest/ingest.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the inventory tests' fixture rows
import { fixtureRows } from '../../inventory/test/fixture-numbers';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots ordering in-process
import { AppModule as OrderingModule, SERVICE as ORDERING } from '../../ordering/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: ordering's own configuration schema
import { loadOrderingConfig } from '../../ordering/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots routing in-process (the composed PhoneNumber reads its settings)
import { AppModule as RoutingModule, SERVICE as ROUTING } from '../../routing/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: routing's own configuration schema
import { loadRoutingConfig } from '../../routing/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: funds wallets the way an adjustment would
import { LedgerService } from '../../ordering/src/wallets/ledger.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: opens wallets the way account.created does
import { WalletsService } from '../../ordering/src/wallets/wallets.service';
import { GatewayFixture, startGateway } from './gateway-fixture';

/** The gateway, ordering, inventory (with the fixture numbers), routing and the carrier sandbox on one test world. */
export interface OrdersWorld {
  world: TestWorld;
  clock: ManualClock;
  gw: GatewayFixture;
  ordering: INestMicroservice;
  inventory: INestMicroservice;
  routing: INestMicroservice;
  sandbox: { app: NestFastifyApplication; baseUrl: string };
  /** Credits `cents` to the account's wallet (a ledger adjustment), opening it if needed. */
  fund(accountId: string, cents: number, partnerId?: string | null): Promise<void>;
  /** Sets the sandbox's faults (e.g. `{failure_rate: 1}`); `null` clears them. */
  faults(body: Record<string, unknown> | null): Promise<void>;
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /** The order (as `GET /v1/number-orders/{id}` shows it to `apiKey`) once it is no longer pending; moves the clock on meanwhile. */
  settledOrder(apiKey: string, orderId: string): Promise<any>;
  /** Resolves once no order is pending with the carrier; moves the clock on meanwhile. A test that changes the sandbox's faults waits for this first, so an earlier test's order is not failed (and refunded) under it. */
  ordersSettled(): Promise<void>;
  close(): Promise<void>;
}

export async function startOrdersWorld(
  env: {
    inventory?: Record<string, string>;
    ordering?: Record<string, string>;
    routing?: Record<string, string>;
    sandbox?: Record<string, string>;
  } = {},
  clockStart: Date | string = '2026-03-02T15:00:00.000Z',
): Promise<OrdersWorld> {
  const world = await createTestWorld();
  const clock = new ManualClock(clockStart);
  const sandbox = await startTestHttpService(
    SandboxModule.forRoot(
      world.configFor(loadCarrierSandboxConfig, { ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0', ...env.sandbox }),
    ),
  );
  const orderingConfig = world.configFor(loadOrderingConfig, {
    RPC_TIMEOUT_MS: '20000',
    DATABASE_POOL_MAX: '8',
    PAYMENT_RECONCILE_INTERVAL_MS: '0',
    ORDER_RECONCILE_INTERVAL_MS: '0',
    RENEWAL_INTERVAL_MS: '0',
    ...env.ordering,
  });
  const ordering = await startTestNatsService(
    ORDERING,
    OrderingModule.forRoot(orderingConfig, { clock }),
    orderingConfig,
  );
  const inventoryConfig = world.configFor(loadInventoryConfig, {
    RESERVATION_SWEEP_INTERVAL_MS: '0',
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    CARRIER_POLL_INTERVAL_MS: '50',
    ...env.inventory,
  });
  const inventory = await startTestNatsService(
    INVENTORY,
    InventoryModule.forRoot(inventoryConfig, { clock }),
    inventoryConfig,
  );
  await inventory.get(IngestService).ingestRows(fixtureRows());
  const routingConfig = world.configFor(loadRoutingConfig, {
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    E911_POLL_INTERVAL_MS: '0',
    CARRIER_TIMEOUT_MS: '10000',
    ...env.routing,
  });
  const routing = await startTestNatsService(ROUTING, RoutingModule.forRoot(routingConfig, { clock }), routingConfig);
  // The manual clock never refills the rate-limit bucket: give the test room. Long RPC timeouts: the concurrency tests queue hundreds of orders.
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000', RPC_TIMEOUT_MS: '20000' }, { world, clock });
  const em = () => ordering.get(EntityManager).fork();
  const rows: OrdersWorld['rows'] = async (text, params = []) =>
    (
      await em()
        .getKnex()
        .raw(text, params as never[])
    ).rows;
  return {
    world,
    clock,
    gw,
    ordering,
    inventory,
    routing,
    sandbox,
    fund: async (accountId, cents, partnerId = null) => {
      const wallet = await ordering
        .get(WalletsService)
        .ensure({ account_id: accountId, partner_id: partnerId, currency: 'USD' });
      await em().transactional((tx) =>
        ordering.get(LedgerService).post(tx, {
          walletId: wallet.id,
          kind: LedgerEntryKind.Adjustment,
          amountCents: cents,
          idempotencyKey: sortableId('fund'),
          description: 'test funding',
        }),
      );
    },
    faults: async (body) => {
      const res = await fetch(
        `${sandbox.baseUrl}/admin/faults`,
        body
          ? { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
          : { method: 'DELETE' },
      );
      if (res.status >= 300) throw new Error(`sandbox faults answered ${res.status}: ${await res.text()}`);
    },
    rows,
    settledOrder: (apiKey, orderId) =>
      waitFor(
        async () => {
          // Inventory polls the carrier on the service clock: move it on so the next poll is due.
          clock.advance(1_000);
          const res = await gw.call('GET', `/v1/number-orders/${orderId}`, { key: apiKey });
          return res.body.status !== 'pending' && res.body;
        },
        // Outbox relay, inventory's intake, the provisioner, the carrier, the relay again, ordering's outcomes: room for a loaded machine.
        { what: `order ${orderId} to complete`, timeoutMs: 30_000 },
      ),
    ordersSettled: async () => {
      await waitFor(
        async () => {
          clock.advance(1_000);
          const [{ n }] = await rows<{ n: number }>(
            `select count(*)::int as n from ordering.number_orders where status = 'pending'`,
          );
          return n === 0;
        },
        { what: 'every pending order to complete', timeoutMs: 30_000 },
      );
    },
    close: async () => {
      await gw.close();
      await routing.close();
      await inventory.close();
      await ordering.close();
      await sandbox.app.close();
      await world.cleanup();
    },
  };
}
