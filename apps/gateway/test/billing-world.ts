import { INestMicroservice } from '@nestjs/common';
import { startTestNatsService } from '@did/service-testing';
import { createTestWorld, ManualClock, TestWorld } from '@did/testing';
/*
 * This end-to-end test runs the ordering service in-process beside the gateway so both share one
 * database, NATS prefix and manual clock; no library can offer that without knowing both apps.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots ordering in-process
import { AppModule as OrderingModule, SERVICE as ORDERING } from '../../ordering/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: ordering's own configuration schema
import { loadOrderingConfig } from '../../ordering/src/config';
import { GatewayFixture, startGateway } from './gateway-fixture';

/** The gateway and the ordering service on one test world and one manual clock. */
export interface BillingWorld {
  world: TestWorld;
  clock: ManualClock;
  gw: GatewayFixture;
  ordering: INestMicroservice;
  close(): Promise<void>;
}

export async function startBillingWorld(): Promise<BillingWorld> {
  const world = await createTestWorld();
  const clock = new ManualClock('2026-03-02T15:00:00.000Z');
  const orderingConfig = world.configFor(loadOrderingConfig, { PAYMENT_RECONCILE_INTERVAL_MS: '0' });
  const ordering = await startTestNatsService(
    ORDERING,
    OrderingModule.forRoot(orderingConfig, { clock }),
    orderingConfig,
  );
  // The manual clock never refills the rate-limit bucket: give the test room.
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000' }, { world, clock });
  return {
    world,
    clock,
    gw,
    ordering,
    close: async () => {
      await gw.close();
      await ordering.close();
      await world.cleanup();
    },
  };
}
