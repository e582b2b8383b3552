import { INestMicroservice } from '@nestjs/common';
import { connect, NatsConnection } from 'nats';
import { ResolveReply, RoutingPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from '@did/service-testing';
import { waitFor } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots routing in-process beside the porting world
import { AppModule as RoutingModule, SERVICE as ROUTING } from '../../routing/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: routing's own configuration schema
import { loadRoutingConfig } from '../../routing/src/config';
import { PortingWorld, startPortingWorld } from './porting-world';

jest.setTimeout(120_000);

const END_USER = {
  name: 'Acme Plumbing',
  company: 'Acme Plumbing LLC',
  service_address: { street: '1 Congress Ave', city: 'Austin', region: 'TX', postal_code: '78701', country_code: 'US' },
  account_number: '123456789',
  pin: '1234',
};
const ADDRESS = {
  street_address: '1 Congress Avenue',
  locality: 'Austin',
  administrative_area: 'TX',
  postal_code: '78701',
  country_code: 'US',
};

/**
 * Issue 17: numbers being ported in are configured while the port is in progress and approved (the
 * port order says so), keep that configuration when they land, take no calls before, and leave
 * routing when the port is cancelled.
 */
describe('configuring numbers while they port in (gateway + porting + inventory + ordering + routing)', () => {
  let w: PortingWorld;
  let routing: INestMicroservice;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let partner: { id: string; key: string };
  let tenant: { id: string; key: string };

  const call = (method: string, path: string, body?: unknown) => w.gw.call(method, path, { key: tenant.key, body });
  const order = async (id: string) => (await call('GET', `/v1/numbers/porting-orders/${id}`)).body;
  const routingStatus = async (numberId: string) =>
    (await w.rows<{ status: string }>(`select status from routing.numbers where number_id = ?`, [numberId]))[0]
      ?.status ?? null;
  const resolve = (to: string) => rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to, from: '+14155550123' });

  /** A submitted port of one number, polled until the carrier works it (in_progress); its order and number id. */
  async function portInProgress(e164: string, focDate: string): Promise<{ orderId: string; numberId: string }> {
    const created = await call('POST', '/v1/numbers/porting-orders', {
      country_code: 'US',
      phone_numbers: [e164],
      use: 'business',
      end_user: END_USER,
      requested_foc_date: focDate,
    });
    expect(created.status).toBe(201);
    expect((await call('POST', `/v1/numbers/porting-orders/${created.body.id}/actions/submit`)).status).toBe(200);
    w.clock.advance(5 * 3_600_000);
    await w.poll();
    const inProgress = await order(created.body.id);
    expect(inProgress.status).toBe('in_progress');
    return { orderId: created.body.id, numberId: inProgress.phone_numbers[0].number_id };
  }

  beforeAll(async () => {
    w = await startPortingWorld();
    const config = w.world.configFor(loadRoutingConfig, {
      CARRIER_SANDBOX_URL: w.sandbox.baseUrl,
      E911_POLL_INTERVAL_MS: '0',
      E911_PROVISIONING_DELAY_MS: '0',
      CARRIER_TIMEOUT_MS: '10000',
    });
    routing = await startTestNatsService(ROUTING, RoutingModule.forRoot(config, { clock: w.clock }), config);
    nc = await connect({ servers: config.NATS_URL });
    rpc = new RpcClient(nc, {
      service: 'test',
      natsUrl: config.NATS_URL,
      prefix: w.world.prefix,
      rpcTimeoutMs: 10_000,
    });
    partner = await w.gw.newPartner('Porting Partner');
    tenant = await w.gw.newTenant(partner, 'Porting Tenant');
    await w.fund(partner.id, 1_000_000);
    await w.fund(tenant.id, 1_000_000, partner.id);
  });

  afterAll(async () => {
    await nc?.close();
    await routing?.close();
    await w?.close();
  });

  it('routing, E911 and compliance are set while in progress and approved, kept when the number lands, and no call is routed before', async () => {
    const e164 = '+15122061201';
    const { orderId, numberId } = await portInProgress(e164, '2026-03-06');

    const routed = await call('PATCH', `/v1/numbers/${numberId}`, {
      voice_destination: { type: 'queue', target: 'queue_support' },
      cnam_display_name: 'ACME PLUMBING',
    });
    expect(routed.status).toBe(200);
    expect(routed.body).toMatchObject({
      id: numberId,
      status: 'porting_in',
      voice_destination: { type: 'queue', target: 'queue_support' },
      cnam_display_name: 'ACME PLUMBING',
    });
    const address = await call('POST', '/v1/emergency-addresses', ADDRESS);
    expect(address.status).toBe(201);
    const e911 = await call('PUT', `/v1/numbers/${numberId}/emergency`, { emergency_address_id: address.body.id });
    expect(e911.status).toBe(200);
    expect(e911.body).toMatchObject({ number_id: numberId, status: 'provisioning' });
    const compliance = await call('PUT', `/v1/numbers/${numberId}/compliance`, {
      end_user: { first_name: 'Ana', company_name: 'Acme Plumbing' },
      document_ids: [],
    });
    expect(compliance.status).toBe(200);

    // Not ours yet: the voice edge is told the number is not a live number of the platform.
    await expect(resolve(e164)).rejects.toMatchObject({ code: 'number_not_found' });

    w.clock.advance(5 * 3_600_000);
    await w.poll();
    expect((await order(orderId)).status).toBe('approved');
    const approved = await call('PATCH', `/v1/numbers/${numberId}`, { recording: true });
    expect(approved.status).toBe(200);
    await expect(resolve(e164)).rejects.toMatchObject({ code: 'number_not_found' });

    // FOC date: the port completes, the number is active with everything set in advance.
    w.clock.set('2026-03-06T00:05:00.000Z');
    await w.poll();
    expect((await order(orderId)).status).toBe('completed');
    await waitFor(async () => (await routingStatus(numberId)) === 'active', {
      what: 'the ported number active in routing',
    });
    expect(await resolve(e164)).toMatchObject({
      number_id: numberId,
      owner_account_id: tenant.id,
      action: 'route',
      destination: { type: 'queue', target: 'queue_support' },
      cnam: 'ACME PLUMBING',
      recording: true,
    });
    expect((await call('GET', `/v1/numbers/${numberId}`)).body).toMatchObject({
      status: 'active',
      voice_destination: { type: 'queue', target: 'queue_support' },
    });
    expect((await call('GET', `/v1/numbers/${numberId}/emergency`)).body).toMatchObject({
      number_id: numberId,
      emergency_address_id: address.body.id,
    });
  });

  it('a cancelled port takes its number out of routing (nothing left to configure or resolve)', async () => {
    const e164 = '+15122061202';
    // Later than the first test's clock (the FOC date of the first port).
    const { orderId, numberId } = await portInProgress(e164, '2026-03-20');
    expect((await call('PATCH', `/v1/numbers/${numberId}`, { cnam_display_name: 'ACME BRANCH' })).status).toBe(200);
    expect(await routingStatus(numberId)).toBe('porting_in');

    const cancelled = await call('POST', `/v1/numbers/porting-orders/${orderId}/actions/cancel`, {
      reason: 'changed our mind',
    });
    expect(cancelled.status).toBe(200);
    await waitFor(async () => (await routingStatus(numberId)) === 'released', {
      what: 'the abandoned number released in routing',
    });
    expect((await call('PATCH', `/v1/numbers/${numberId}`, { cnam_display_name: 'ACME AGAIN' })).status).toBe(404);
    await expect(resolve(e164)).rejects.toMatchObject({ code: 'number_not_found' });
  });
});
