import { INestMicroservice } from '@nestjs/common';
import { startTestNatsService } from '@did/service-testing';
import { createTestWorld, ManualClock, TestWorld } from '@did/testing';
/*
 * This end-to-end test runs the inventory service in-process beside the gateway so both share one
 * database, NATS prefix and manual clock; no library can offer that without knowing both apps.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots inventory in-process
import { AppModule as InventoryModule, SERVICE as INVENTORY } from '../../inventory/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: inventory's own configuration schema
import { loadInventoryConfig } from '../../inventory/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: loads carrier rows the way inventory does
import { IngestService } from '../../inventory/src/ingest/ingest.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the inventory tests' fixture rows
import { fixtureRows } from '../../inventory/test/fixture-numbers';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: search prices come from ordering
import { AppModule as OrderingModule, SERVICE as ORDERING } from '../../ordering/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: ordering's own configuration schema
import { loadOrderingConfig } from '../../ordering/src/config';
import { GatewayFixture, startGateway } from './gateway-fixture';

/** The gateway and the inventory service on one test world and one manual clock, with the fixture numbers loaded. */
export interface NumbersWorld {
  world: TestWorld;
  clock: ManualClock;
  gw: GatewayFixture;
  inventory: INestMicroservice;
  close(): Promise<void>;
}

export async function startNumbersWorld(inventoryEnv: Record<string, string> = {}): Promise<NumbersWorld> {
  const world = await createTestWorld();
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const inventoryConfig = world.configFor(loadInventoryConfig, { RESERVATION_SWEEP_INTERVAL_MS: '0', ...inventoryEnv });
  const orderingConfig = world.configFor(loadOrderingConfig, { PAYMENT_RECONCILE_INTERVAL_MS: '0' });
  const ordering = await startTestNatsService(
    ORDERING,
    OrderingModule.forRoot(orderingConfig, { clock }),
    orderingConfig,
  );
  const inventory = await startTestNatsService(
    INVENTORY,
    InventoryModule.forRoot(inventoryConfig, { clock }),
    inventoryConfig,
  );
  await inventory.get(IngestService).ingestRows(fixtureRows());
  // The manual clock never refills the rate-limit bucket: give the test room.
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000' }, { world, clock });
  return {
    world,
    clock,
    gw,
    inventory,
    close: async () => {
      await gw.close();
      await inventory.close();
      await ordering.close();
      await world.cleanup();
    },
  };
}
