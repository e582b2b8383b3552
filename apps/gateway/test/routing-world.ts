import { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EntityManager } from '@mikro-orm/postgresql';
import { connect } from 'nats';
import { eventSubject } from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { startTestHttpService, startTestNatsService } from '@did/service-testing';
import { createTestWorld, TestWorld, waitFor } from '@did/testing';
/*
 * This end-to-end test runs the routing service and the carrier sandbox in-process beside the
 * gateway so all share one database and NATS prefix; no library can offer that without knowing the apps.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots routing in-process
import { AppModule as RoutingModule, SERVICE as ROUTING } from '../../routing/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: routing's own configuration schema
import { loadRoutingConfig } from '../../routing/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: completes E911 provisioning on demand
import { EmergencyProvisioner } from '../../routing/src/emergency/emergency-provisioner';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the carrier routing validates addresses with
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the sandbox's own configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';
import { GatewayFixture, startGateway } from './gateway-fixture';

type Account = { id: string; key: string };

/** The gateway, routing and the carrier sandbox on one test world; numbers come from inventory's events, published here. */
export interface RoutingWorld {
  world: TestWorld;
  gw: GatewayFixture;
  routing: INestMicroservice;
  sandbox: NestFastifyApplication;
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /** An active number bought by `owner` (a tenant's partner is `partnerId`), projected into routing. */
  newNumber(owner: Account, partnerId: string | null): Promise<{ id: string; e164: string }>;
  assign(n: { id: string; e164: string }, owner: Account, tenant: Account): Promise<void>;
  provision(): Promise<number>;
  close(): Promise<void>;
}

let serial = 0;

export async function startRoutingWorld(): Promise<RoutingWorld> {
  const world = await createTestWorld();
  const { app: sandbox, baseUrl } = await startTestHttpService(
    SandboxModule.forRoot(world.configFor(loadCarrierSandboxConfig, {})),
  );
  const routingConfig = world.configFor(loadRoutingConfig, {
    CARRIER_SANDBOX_URL: baseUrl,
    E911_POLL_INTERVAL_MS: '0',
    E911_PROVISIONING_DELAY_MS: '0',
    CARRIER_TIMEOUT_MS: '10000',
  });
  const routing = await startTestNatsService(ROUTING, RoutingModule.forRoot(routingConfig), routingConfig);
  // A full run loads two cores heavily: the carrier sandbox in-process can take seconds to validate an address.
  const gw = await startGateway({ RATE_LIMIT_BURST: '100000', RPC_TIMEOUT_MS: '20000' }, { world });
  const rows = async (text: string, params: unknown[] = []) =>
    (
      await routing
        .get(EntityManager)
        .fork()
        .getKnex()
        .raw(text, params as never[])
    ).rows;
  const conn = await connect({ servers: routingConfig.NATS_URL });
  const publish = async (type: string, data: Record<string, unknown>, accountId: string, partnerId: string | null) => {
    const id = sortableId('evt');
    const envelope = {
      id,
      type,
      version: 1,
      occurred_at: new Date().toISOString(),
      producer: 'inventory',
      account_id: accountId,
      partner_id: partnerId,
      data,
    };
    await conn.jetstream().publish(eventSubject(world.prefix, type), JSON.stringify(envelope), { msgID: id });
  };
  return {
    world,
    gw,
    routing,
    sandbox,
    rows,
    newNumber: async (owner, partnerId) => {
      const id = sortableId('pn').toLowerCase();
      const e164 = `+1512${String((Date.now() + serial++) % 10_000_000).padStart(7, '0')}`;
      await publish(
        'number.activated',
        {
          number_id: id,
          phone_number: e164,
          account_id: owner.id,
          country_code: 'US',
          number_type: 'local',
          order_id: null,
          activated_at: new Date().toISOString(),
        },
        owner.id,
        partnerId,
      );
      await waitFor(
        async () =>
          (await rows(`select 1 from routing.numbers where number_id = ? and status = 'active'`, [id])).length === 1,
        { what: 'the number in routing' },
      );
      return { id, e164 };
    },
    assign: async (n, owner, tenant) => {
      await publish(
        'number.assigned',
        {
          number_id: n.id,
          phone_number: n.e164,
          owner_account_id: owner.id,
          tenant_account_id: tenant.id,
          previous_tenant_account_id: null,
          assigned_at: new Date().toISOString(),
        },
        owner.id,
        null,
      );
      await waitFor(
        async () =>
          (await rows(`select 1 from routing.numbers where number_id = ? and tenant_account_id = ?`, [n.id, tenant.id]))
            .length === 1,
        { what: 'the assignment in routing' },
      );
    },
    provision: () => routing.get(EmergencyProvisioner).runOnce(),
    close: async () => {
      await gw.close();
      await routing.close();
      await sandbox.close();
      await conn.close();
      await world.cleanup();
    },
  };
}
