import { createTestWorld, TestWorld } from '@did/testing';
/*
 * The usage service runs in-process beside the gateway on one database and NATS prefix; its own test
 * world plays ordering (usage rates per number) and the edge (detail records), so records reach the
 * gateway through the real rating path.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots usage in-process with its test helpers
import { startUsage, TestAccount, UsageWorld } from '../../usage/test/usage-world';
import { GatewayFixture, startGateway } from './gateway-fixture';

/** The gateway and the usage service on one test world. */
export interface GatewayUsageWorld {
  world: TestWorld;
  gw: GatewayFixture;
  usage: UsageWorld;
  /** A gateway account as the usage world's payer (a tenant carries its partner). */
  payer(account: { id: string }, partner?: { id: string } | null): TestAccount;
  close(): Promise<void>;
}

export async function startUsageWorld(): Promise<GatewayUsageWorld> {
  const world = await createTestWorld();
  const usage = await startUsage({}, { world });
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000' }, { world });
  return {
    world,
    gw,
    usage,
    payer: (account, partner = null) => ({
      account_id: account.id,
      is_partner: partner === null,
      partner_id: partner?.id ?? null,
    }),
    close: async () => {
      await gw.close();
      await usage.close();
      await world.cleanup();
    },
  };
}
