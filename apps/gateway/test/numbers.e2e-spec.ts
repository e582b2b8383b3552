import { NumbersWorld, startNumbersWorld } from './numbers-world';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the inventory tests' fixture rows
import { AUSTIN_444, AUSTIN_555, TOLL_FREE_877 } from '../../inventory/test/fixture-numbers';

type Key = { id: string; key: string };

describe('numbers through the gateway (HTTP -> NATS -> inventory, real PostgreSQL)', () => {
  let w: NumbersWorld;
  let partner: Key;
  let alice: Key;
  let bob: Key;
  const get = (key: Key, path: string, headers: Record<string, string> = {}) =>
    w.gw.call('GET', path, { key: key.key, headers });
  const phones = (res: { body: { data: { phone_number: string }[] } }) => res.body.data.map((n) => n.phone_number);

  beforeAll(async () => {
    w = await startNumbersWorld();
    partner = await w.gw.newPartner('Acme Telecom');
    alice = await w.gw.newTenant(partner, 'Alice');
    bob = await w.gw.newTenant(partner, 'Bob');
  });

  afterAll(async () => {
    await w.close();
  });

  it("does what the issue's newcomer does: search, reserve two, they vanish for another tenant, and come back after expiry", async () => {
    const austin = await get(
      alice,
      '/v1/numbers/available?country_code=US&number_type=local&region=TX&locality=Austin&features=sms',
    );
    expect(austin.status).toBe(200);
    expect(austin.body.meta).toEqual({ total: 15, total_capped: false, next_cursor: null });
    expect(austin.body.data[0]).toMatchObject({
      country_code: 'US',
      region: 'TX',
      locality: 'Austin',
      number_type: 'local',
      pricing: { currency: 'USD' },
    });
    expect(austin.body.data).toHaveLength(15);
    expect(austin.body.data.every((n: { capabilities: string[] }) => n.capabilities.includes('sms'))).toBe(true);

    const tollFree = await get(
      alice,
      '/v1/numbers/available?country_code=US&number_type=toll_free&pattern=877-555-XXXX',
    );
    expect(phones(tollFree)).toEqual(TOLL_FREE_877);

    const two = [TOLL_FREE_877[0], TOLL_FREE_877[1]];
    const reserved = await w.gw.call('POST', '/v1/number-reservations', {
      key: alice.key,
      body: { phone_numbers: two },
    });
    expect(reserved.status).toBe(201);
    expect(reserved.body).toMatchObject({
      status: 'pending',
      account_id: alice.id,
      phone_numbers: two.map((phone_number) => ({ phone_number, status: 'reserved' })),
    });

    const bobSees = await get(bob, '/v1/numbers/available?country_code=US&pattern=877-555-XXXX');
    expect(phones(bobSees)).toEqual(TOLL_FREE_877.slice(2));
    const taken = await w.gw.call('POST', '/v1/number-reservations', {
      key: bob.key,
      body: { phone_numbers: [two[0]] },
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'number_unavailable', status: 409 });

    w.clock.set(new Date(new Date(reserved.body.expires_at).getTime() + 1000));
    expect(phones(await get(bob, '/v1/numbers/available?country_code=US&pattern=877-555-XXXX'))).toEqual(TOLL_FREE_877);
    const again = await get(alice, `/v1/number-reservations/${reserved.body.id}`);
    expect(again.body.status).toBe('expired');
  });

  it('summarises availability per locality', async () => {
    const res = await get(alice, '/v1/numbers/available/summary?country_code=US&number_type=local&region=TX');
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { name: string; count: number }) => [r.name, r.count])).toEqual([
      ['Austin', 25],
      ['Dallas', 5],
    ]);
  });

  it('answers bad filters with 400 naming the parameter and the rule', async () => {
    const cases: [string, string][] = [
      ['number_type=local', 'query.country_code'],
      ['country_code=ZZ', 'query.country_code'],
      ['country_code=US&national_destination_code=51', 'query.national_destination_code'],
      ['country_code=US&pattern=877%25555', 'query.pattern'],
      ['country_code=US&limit=101', 'query.limit'],
      ['country_code=US&limit=abc', 'query.limit'],
      ['country_code=US&features=sms,laser', 'query.features[1]'],
      ['country_code=US&colour=blue', 'query.colour'],
    ];
    for (const [qs, field] of cases) {
      const res = await get(alice, `/v1/numbers/available?${qs}`);
      expect({ qs, status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        qs,
        status: 400,
        fields: [field],
      });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const ndc = await get(alice, '/v1/numbers/available?country_code=US&national_destination_code=5120');
    expect(ndc.body.errors[0]).toMatchObject({
      field: 'query.national_destination_code',
      message: expect.stringContaining('3 digits'),
    });
    const body = await w.gw.call('POST', '/v1/number-reservations', {
      key: alice.key,
      body: { phone_numbers: ['512-555-0100'] },
    });
    expect(body.status).toBe(400);
    expect(body.body.errors[0].field).toBe('phone_numbers[0]');
  });

  it('lets exactly one of two tenants racing for the same numbers win; the other gets 409', async () => {
    const numbers = [AUSTIN_555[5], AUSTIN_555[6]];
    const [a, b] = await Promise.all([
      w.gw.call('POST', '/v1/number-reservations', { key: alice.key, body: { phone_numbers: numbers } }),
      w.gw.call('POST', '/v1/number-reservations', { key: bob.key, body: { phone_numbers: [...numbers].reverse() } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('number_unavailable');
  });

  it('extends, lists and releases; another tenant gets 404; a partner sees a tenant reservation only acting as that tenant', async () => {
    const created = await w.gw.call('POST', '/v1/number-reservations', {
      key: alice.key,
      headers: { 'idempotency-key': 'reserve-444-0' },
      body: { phone_numbers: [AUSTIN_444[0]], customer_reference: 'front desk' },
    });
    expect(created.status).toBe(201);
    const replay = await w.gw.call('POST', '/v1/number-reservations', {
      key: alice.key,
      headers: { 'idempotency-key': 'reserve-444-0' },
      body: { phone_numbers: [AUSTIN_444[0]], customer_reference: 'front desk' },
    });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created.body.id);
    const id = created.body.id;

    w.clock.advance(10 * 60_000);
    const extended = await w.gw.call('POST', `/v1/number-reservations/${id}/actions/extend`, { key: alice.key });
    expect(extended.status).toBe(200);
    expect(extended.body.expires_at).toBe(new Date(w.clock.now().getTime() + 30 * 60_000).toISOString());

    expect((await get(bob, `/v1/number-reservations/${id}`)).status).toBe(404);
    expect((await w.gw.call('DELETE', `/v1/number-reservations/${id}`, { key: bob.key })).body.code).toBe(
      'reservation_not_found',
    );
    expect((await get(partner, `/v1/number-reservations/${id}`)).status).toBe(404);
    const asTenant = await get(partner, `/v1/number-reservations/${id}`, { 'account-id': alice.id });
    expect(asTenant.status).toBe(200);
    expect(asTenant.body.customer_reference).toBe('front desk');

    const list = await get(alice, '/v1/number-reservations?status=pending');
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { id: string }) => r.id)).toContain(id);
    expect((await get(bob, '/v1/number-reservations')).body.data.map((r: { id: string }) => r.id)).not.toContain(id);

    const released = await w.gw.call('DELETE', `/v1/number-reservations/${id}`, { key: alice.key });
    expect(released.status).toBe(200);
    expect(released.body.status).toBe('released');
    expect(phones(await get(bob, `/v1/numbers/available?country_code=US&starts_with=512444`))).toContain(AUSTIN_444[0]);
  });

  it('documents every numbers route in OpenAPI', async () => {
    const doc = await w.gw.call('GET', '/docs/openapi.json');
    const paths = Object.keys(doc.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/numbers/available',
        '/v1/numbers/available/summary',
        '/v1/number-reservations',
        '/v1/number-reservations/{id}',
        '/v1/number-reservations/{id}/actions/extend',
      ]),
    );
    const params = doc.body.paths['/v1/numbers/available'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['country_code', 'national_destination_code', 'pattern', 'features', 'limit', 'cursor']),
    );
  });
});
