import { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EntityManager } from '@mikro-orm/postgresql';
import { LedgerEntryKind } from '@did/contracts';
import { startTestHttpService, startTestNatsService } from '@did/service-testing';
import { sortableId } from '@did/service-kit';
import { createTestWorld, ManualClock, TestWorld } from '@did/testing';
/*
 * Every service a port touches, in-process on one test world and one manual clock: the carrier
 * sandbox (HTTP), inventory, ordering, porting and the gateway.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots the carrier sandbox in-process
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the sandbox's own configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots inventory in-process
import { AppModule as InventoryModule, SERVICE as INVENTORY } from '../../inventory/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: inventory's own configuration schema
import { loadInventoryConfig } from '../../inventory/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots ordering in-process
import { AppModule as OrderingModule, SERVICE as ORDERING } from '../../ordering/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: ordering's own configuration schema
import { loadOrderingConfig } from '../../ordering/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: funds wallets the way an adjustment would
import { LedgerService } from '../../ordering/src/wallets/ledger.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: opens wallets the way account.created does
import { WalletsService } from '../../ordering/src/wallets/wallets.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots porting in-process
import { AppModule as PortingModule, SERVICE as PORTING } from '../../porting/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: porting's own configuration schema
import { loadPortingConfig } from '../../porting/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: runs porting's carrier poll on demand
import { PortSyncService } from '../../porting/src/orders/port-sync.service';
import { GatewayFixture, startGateway } from './gateway-fixture';

export interface PortingWorld {
  world: TestWorld;
  clock: ManualClock;
  gw: GatewayFixture;
  sandbox: { app: NestFastifyApplication; baseUrl: string };
  porting: INestMicroservice;
  /** Credits `cents` to the account's wallet, opening it if needed. */
  fund(accountId: string, cents: number, partnerId?: string | null): Promise<void>;
  /** One pass of porting's carrier poll (the interval is off in tests). */
  poll(): Promise<number>;
  /** A sandbox admin route: `approve`, `exception`, `foc`, `complete`. */
  admin(carrierOrderId: string, action: string, body?: unknown): Promise<{ status: number; body: any }>;
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startPortingWorld(): Promise<PortingWorld> {
  const world = await createTestWorld();
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const sandbox = await startTestHttpService(
    SandboxModule.forRoot(world.configFor(loadCarrierSandboxConfig, { ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0' }), {
      clock,
    }),
  );
  const orderingConfig = world.configFor(loadOrderingConfig, {
    RPC_TIMEOUT_MS: '20000',
    PAYMENT_RECONCILE_INTERVAL_MS: '0',
    ORDER_RECONCILE_INTERVAL_MS: '0',
    RENEWAL_INTERVAL_MS: '0',
  });
  const ordering = await startTestNatsService(
    ORDERING,
    OrderingModule.forRoot(orderingConfig, { clock }),
    orderingConfig,
  );
  const inventoryConfig = world.configFor(loadInventoryConfig, {
    RESERVATION_SWEEP_INTERVAL_MS: '0',
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    CARRIER_POLL_INTERVAL_MS: '0',
  });
  const inventory = await startTestNatsService(
    INVENTORY,
    InventoryModule.forRoot(inventoryConfig, { clock }),
    inventoryConfig,
  );
  const portingConfig = world.configFor(loadPortingConfig, {
    CARRIER_SANDBOX_URL: sandbox.baseUrl,
    PORTING_POLL_INTERVAL_MS: '0',
    RPC_TIMEOUT_MS: '20000',
  });
  const porting = await startTestNatsService(PORTING, PortingModule.forRoot(portingConfig, { clock }), portingConfig);
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000', RPC_TIMEOUT_MS: '30000' }, { world, clock });
  const em = () => ordering.get(EntityManager).fork();
  return {
    world,
    clock,
    gw,
    sandbox,
    porting,
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
    poll: () => porting.get(PortSyncService).pollOnce(),
    admin: async (id, action, body = {}) => {
      const res = await fetch(`${sandbox.baseUrl}/admin/port-orders/${id}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    rows: async (text, params = []) =>
      (
        await em()
          .getKnex()
          .raw(text, params as never[])
      ).rows,
    close: async () => {
      await gw.close();
      await porting.close();
      await inventory.close();
      await ordering.close();
      await sandbox.app.close();
      await world.cleanup();
    },
  };
}
