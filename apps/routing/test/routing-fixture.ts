import { INestMicroservice } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EntityManager } from '@mikro-orm/postgresql';
import { connect, NatsConnection } from 'nats';
import { eventSubject, RoutingCaller } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestHttpService, startTestNatsService } from '@did/service-testing';
import { randomId, sortableId } from '@did/service-kit';
import { createTestWorld, TestWorld, waitFor } from '@did/testing';
/*
 * Routing validates emergency addresses with the carrier over HTTP; the tests run the real sandbox
 * in-process on the same world rather than a stub that could drift from it.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots the carrier sandbox in-process
import { AppModule as SandboxModule } from '../../carrier-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the sandbox's own configuration schema
import { loadCarrierSandboxConfig } from '../../carrier-sandbox/src/config';
import { AppModule, SERVICE } from '../src/app.module';
import { loadRoutingConfig, RoutingConfig } from '../src/config';
import { EmergencyProvisioner } from '../src/emergency/emergency-provisioner';

/** A number routing knows from the events a test published. */
export interface TestNumber {
  id: string;
  e164: string;
  owner: RoutingCaller;
}

/** The routing service and the carrier sandbox on one test world, an RPC client, and helpers that publish inventory's events. */
export interface RoutingFixture {
  world: TestWorld;
  config: RoutingConfig;
  app: INestMicroservice;
  sandbox: NestFastifyApplication;
  sandboxUrl: string;
  rpc: RpcClient;
  nc: NatsConnection;
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /** A partner and, under it, a tenant (as callers: the tenant's partner_id is the partner). */
  newAccounts(): { partner: RoutingCaller; tenant: RoutingCaller };
  /** Publishes an event envelope as a producer's outbox relay would. */
  publish(
    type: string,
    data: Record<string, unknown>,
    scope: { account_id: string | null; partner_id: string | null },
    producer?: string,
  ): Promise<string>;
  /** An active number of `owner`, known to routing (number.activated published and projected). */
  newNumber(owner: RoutingCaller, options?: { country?: string; e164?: string }): Promise<TestNumber>;
  /** A pending number (number_order.placed published and projected). */
  newPendingNumber(owner: RoutingCaller, options?: { country?: string }): Promise<TestNumber>;
  assign(n: TestNumber, tenant: RoutingCaller | null): Promise<void>;
  release(n: TestNumber): Promise<void>;
  /** Waits for routing's projection of `numberId` to have `status`. */
  projected(numberId: string, status: string): Promise<void>;
  provisioner(): EmergencyProvisioner;
  outbox(type: string): Promise<any[]>;
  close(): Promise<void>;
}

let numbersMade = 0;
const freshE164 = (country: string) => {
  const serial = String((Date.now() % 10_000_000) + numbersMade++)
    .padStart(7, '0')
    .slice(-7);
  return country === 'IN' ? `+9180${serial}1` : country === 'CA' ? `+1416${serial}` : `+1512${serial}`;
};

export async function startRouting(extraEnv: Record<string, string> = {}): Promise<RoutingFixture> {
  const world = await createTestWorld();
  const { app: sandbox, baseUrl: sandboxUrl } = await startTestHttpService(
    SandboxModule.forRoot(world.configFor(loadCarrierSandboxConfig, {})),
  );
  const config = world.configFor(loadRoutingConfig, {
    CARRIER_SANDBOX_URL: sandboxUrl,
    E911_POLL_INTERVAL_MS: '0',
    E911_PROVISIONING_DELAY_MS: '0',
    CARRIER_TIMEOUT_MS: '10000',
    RPC_TIMEOUT_MS: '20000',
    ...extraEnv,
  });
  const app = await startTestNatsService(SERVICE, AppModule.forRoot(config), config);
  const nc = await connect({ servers: config.NATS_URL });
  const rpc = new RpcClient(nc, {
    service: 'test',
    natsUrl: config.NATS_URL,
    prefix: world.prefix,
    rpcTimeoutMs: 10_000,
  });
  const em = () => app.get(EntityManager).fork();
  const rows = async (text: string, params: unknown[] = []) =>
    (
      await em()
        .getKnex()
        .raw(text, params as never[])
    ).rows;

  const publish: RoutingFixture['publish'] = async (type, data, scope, producer = 'inventory') => {
    const id = sortableId('evt');
    const envelope = {
      id,
      type,
      version: 1,
      occurred_at: new Date().toISOString(),
      producer,
      account_id: scope.account_id,
      partner_id: scope.partner_id,
      data,
    };
    await nc.jetstream().publish(eventSubject(world.prefix, type), JSON.stringify(envelope), { msgID: id });
    return id;
  };
  const projected = async (numberId: string, status: string) => {
    await waitFor(
      async () =>
        (await rows(`select 1 from routing.numbers where number_id = ? and status = ?`, [numberId, status])).length ===
        1,
      { what: `${numberId} ${status} in routing` },
    );
  };
  const scopeOf = (owner: RoutingCaller) => ({ account_id: owner.account_id, partner_id: owner.partner_id });

  return {
    world,
    config,
    app,
    sandbox,
    sandboxUrl,
    rpc,
    nc,
    rows,
    newAccounts: () => {
      const partner = { account_id: randomId('acc'), partner_id: null };
      return { partner, tenant: { account_id: randomId('acc'), partner_id: partner.account_id } };
    },
    publish,
    newNumber: async (owner, { country = 'US', e164 = freshE164(country) } = {}) => {
      const id = sortableId('pn').toLowerCase();
      await publish(
        'number.activated',
        {
          number_id: id,
          phone_number: e164,
          account_id: owner.account_id,
          country_code: country,
          number_type: 'local',
          order_id: null,
          activated_at: new Date().toISOString(),
        },
        scopeOf(owner),
      );
      await projected(id, 'active');
      return { id, e164, owner };
    },
    newPendingNumber: async (owner, { country = 'US' } = {}) => {
      const id = sortableId('pn').toLowerCase();
      const e164 = freshE164(country);
      await publish(
        'number_order.placed',
        {
          order_id: randomId('ord'),
          account_id: owner.account_id,
          country_code: country,
          number_type: 'local',
          phone_numbers: [{ number_id: id, phone_number: e164 }],
          placed_at: new Date().toISOString(),
        },
        scopeOf(owner),
        'ordering',
      );
      await projected(id, 'pending');
      return { id, e164, owner };
    },
    assign: async (n, tenant) => {
      await publish(
        'number.assigned',
        {
          number_id: n.id,
          phone_number: n.e164,
          owner_account_id: n.owner.account_id,
          tenant_account_id: tenant?.account_id ?? null,
          previous_tenant_account_id: null,
          assigned_at: new Date().toISOString(),
        },
        scopeOf(n.owner),
      );
      await waitFor(
        async () =>
          (
            await rows(
              `select 1 from routing.numbers where number_id = ? and tenant_account_id is not distinct from ?`,
              [n.id, tenant?.account_id ?? null],
            )
          ).length === 1,
        {
          what: 'the assignment in routing',
        },
      );
    },
    release: async (n) => {
      await publish(
        'number.released',
        {
          number_id: n.id,
          phone_number: n.e164,
          account_id: n.owner.account_id,
          country_code: 'US',
          number_type: 'local',
          reason: 'released_by_user',
          released_at: new Date().toISOString(),
        },
        scopeOf(n.owner),
      );
      await projected(n.id, 'released');
    },
    projected,
    provisioner: () => app.get(EmergencyProvisioner),
    outbox: async (type) =>
      (await rows(`select envelope from routing.outbox_events where type = ? order by id`, [type])).map(
        (r: { envelope: unknown }) => r.envelope,
      ),
    close: async () => {
      await app.close();
      await sandbox.close();
      await nc.close();
      await world.cleanup();
    },
  };
}

/** The rejection of `p` (fails the test when it resolves). */
export function failure<T>(p: Promise<T>): Promise<any> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}
