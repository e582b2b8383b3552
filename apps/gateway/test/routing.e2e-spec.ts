import { ResolveReply, RoutingPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { connect, NatsConnection } from 'nats';
import { RoutingWorld, startRoutingWorld } from './routing-world';

type Key = { id: string; key: string };
const ADDRESS = {
  street_address: '1 Congress Avenue',
  locality: 'Austin',
  administrative_area: 'TX',
  postal_code: '78701',
  country_code: 'US',
};

describe('routing routes: /v1/accounts/{id}/defaults, /v1/emergency-addresses, /v1/numbers/{id}/emergency|compliance (gateway + routing + sandbox)', () => {
  let w: RoutingWorld;
  let partner: Key;
  let tenant: Key;
  let otherTenant: Key;
  let number: { id: string; e164: string };
  let nc: NatsConnection;
  let rpc: RpcClient;

  const call = (method: string, path: string, who: Key, body?: unknown) =>
    w.gw.call(method, path, { key: who.key, body });

  beforeAll(async () => {
    w = await startRoutingWorld();
    partner = await w.gw.newPartner('Routing Partner');
    tenant = await w.gw.newTenant(partner, 'Acme Plumbing');
    const otherPartner = await w.gw.newPartner('Other Partner');
    otherTenant = await w.gw.newTenant(otherPartner, 'Other Tenant');
    number = await w.newNumber(partner, null);
    await w.assign(number, partner, tenant);
    nc = await connect({ servers: w.gw.config.NATS_URL });
    rpc = new RpcClient(nc, {
      service: 'test',
      natsUrl: w.gw.config.NATS_URL,
      prefix: w.world.prefix,
      rpcTimeoutMs: 10_000,
    });
  });

  afterAll(async () => {
    await nc.close();
    await w.close();
  });

  it('a partner assigns a number; the tenant sets its default CNAM and an E911 address; resolve shows both', async () => {
    const defaults = await call('PATCH', `/v1/accounts/${tenant.id}/defaults`, tenant, {
      cnam_display_name: 'Acme Plumbing',
      max_channels: 3,
    });
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({
      record_type: 'account_defaults',
      account_id: tenant.id,
      cnam_display_name: 'Acme Plumbing',
      max_channels: 3,
      unconfigured_number: { action: 'announcement' },
    });
    // The partner acts on its tenant's defaults by the tenant's id.
    expect((await call('GET', `/v1/accounts/${tenant.id}/defaults`, partner)).body).toMatchObject({
      cnam_display_name: 'Acme Plumbing',
    });

    const created = await call('POST', '/v1/emergency-addresses', tenant, ADDRESS);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      record_type: 'emergency_address',
      street_address: '1 CONGRESS AVE',
      locality: 'AUSTIN',
    });
    const put = await call('PUT', `/v1/numbers/${number.id}/emergency`, tenant, {
      emergency_address_id: created.body.id,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ status: 'provisioning', emergency_address_id: created.body.id });
    await w.provision();
    expect((await call('GET', `/v1/numbers/${number.e164}/emergency`, tenant)).body).toMatchObject({
      status: 'active',
      number_id: number.id,
    });

    const answer = await rpc.request<ResolveReply>(RoutingPatterns.Resolve, {
      to: number.e164,
      from: '+14155550123',
      emergency: true,
    });
    expect(answer).toMatchObject({
      tenant_account_id: tenant.id,
      cnam: 'Acme Plumbing',
      max_channels: 3,
      emergency: { covered: true },
    });
    expect((await call('GET', '/v1/emergency-addresses', tenant)).body.data).toEqual([
      expect.objectContaining({ id: created.body.id, number_count: 1 }),
    ]);
  });

  it('an address the carrier rejects is 422 emergency_address_invalid with the field, the reason and suggestions', async () => {
    const res = await call('POST', '/v1/emergency-addresses', tenant, { ...ADDRESS, locality: 'Austn' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'emergency_address_invalid',
      reason: 'city_not_found',
      errors: [{ field: 'locality', rule: 'city_not_found' }],
    });
    expect(res.body.suggestions[0]).toMatchObject({ locality: 'AUSTIN', administrative_area: 'TX' });
  });

  it('bad bodies are 400 naming the field', async () => {
    expect(
      (
        await call('PATCH', `/v1/accounts/${tenant.id}/defaults`, tenant, {
          cnam_display_name: 'Way too long for CNAM',
        })
      ).body,
    ).toMatchObject({ code: 'validation_failed', errors: [{ field: 'cnam_display_name' }] });
    const unknown = (await call('PUT', `/v1/numbers/${number.id}/emergency`, tenant, { address: 'x' })).body;
    expect(unknown.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`).sort()).toEqual([
      'address unknown_field',
      'emergency_address_id required',
    ]);
    expect((await call('GET', '/v1/numbers/not-a-number/emergency', tenant)).status).toBe(400);
  });

  it('the wrong tenant gets 404 on every route and nothing changes', async () => {
    const address = (await call('POST', '/v1/emergency-addresses', tenant, ADDRESS)).body;
    const own = (await call('POST', '/v1/emergency-addresses', otherTenant, ADDRESS)).body;
    const snapshot = async () => ({
      defaults: await w.rows(`select * from routing.account_defaults order by account_id`),
      addresses: await w.rows(`select id, deleted_at from routing.emergency_addresses order by id`),
      emergency: await w.rows(`select * from routing.number_emergency order by number_id`),
      compliance: await w.rows(`select * from routing.number_compliance order by number_id`),
    });
    const before = await snapshot();
    const attempts: [string, string, unknown, string][] = [
      ['GET', `/v1/accounts/${tenant.id}/defaults`, undefined, 'account_not_found'],
      ['PATCH', `/v1/accounts/${tenant.id}/defaults`, { recording: true }, 'account_not_found'],
      ['GET', `/v1/emergency-addresses/${address.id}`, undefined, 'emergency_address_not_found'],
      ['DELETE', `/v1/emergency-addresses/${address.id}`, undefined, 'emergency_address_not_found'],
      ['GET', `/v1/numbers/${number.id}/emergency`, undefined, 'number_not_found'],
      ['PUT', `/v1/numbers/${number.id}/emergency`, { emergency_address_id: own.id }, 'number_not_found'],
      ['DELETE', `/v1/numbers/${number.id}/emergency`, undefined, 'number_not_found'],
      ['GET', `/v1/numbers/${number.id}/compliance`, undefined, 'number_not_found'],
      ['PUT', `/v1/numbers/${number.id}/compliance`, { end_user: { company_name: 'Hijack' } }, 'number_not_found'],
      ['PUT', `/v1/numbers/${number.e164}/compliance`, { end_user: { company_name: 'Hijack' } }, 'number_not_found'],
    ];
    for (const [method, path, body, code] of attempts) {
      const res = await call(method, path, otherTenant, body);
      expect({ method, path, status: res.status, code: res.body?.code }).toEqual({ method, path, status: 404, code });
    }
    expect(
      (await call('GET', '/v1/emergency-addresses', otherTenant)).body.data.map((a: { id: string }) => a.id),
    ).toEqual([own.id]);
    expect(await snapshot()).toEqual(before);
  });

  it('compliance and the DELETE of a number’s 911 service work for the tenant', async () => {
    const compliance = await call('PUT', `/v1/numbers/${number.id}/compliance`, tenant, {
      end_user: { first_name: 'Ana', company_name: 'Acme' },
      document_ids: [],
    });
    expect(compliance.body).toMatchObject({
      record_type: 'number_compliance',
      status: 'not_required',
      end_user: { first_name: 'Ana' },
    });
    expect((await call('DELETE', `/v1/numbers/${number.id}/emergency`, tenant)).body).toMatchObject({
      status: 'deprovisioning',
    });
  });
});
