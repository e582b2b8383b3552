import { OPERATOR_KEY } from './gateway-fixture';
import { NumbersWorld, startNumbersWorld } from './numbers-world';

type Key = { id: string; key: string };

describe('pricing routes: /v1/pricing, /v1/pricing/markups, /v1/quotes (gateway + ordering + inventory)', () => {
  let w: NumbersWorld;
  let partner: Key;
  let tenant: Key;

  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });
  const usLocal = (body: { data: { country_code: string; number_type: string }[] }) =>
    body.data.find((p) => p.country_code === 'US' && p.number_type === 'local');

  beforeAll(async () => {
    w = await startNumbersWorld();
    partner = await w.gw.newPartner('Pricing Partner');
    tenant = await w.gw.newTenant(partner, 'Pricing Tenant');
    const res = await call('PUT', '/v1/pricing/markups', partner, {
      body: { markups: [{ percent_basis_points: 1_550, setup_fee_cents: 10, monthly_fee_cents: 25 }] },
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    await w.close();
  });

  it("GET /v1/pricing: the partner's platform prices, the tenant's marked-up ones (also through the partner's Account-Id)", async () => {
    const own = await call('GET', '/v1/pricing', partner);
    expect(own.status).toBe(200);
    expect(usLocal(own.body)).toMatchObject({ setup_fee_cents: 100, monthly_fee_cents: 150, currency: 'USD' });
    // Deprecated cent-rounded copies of the usage rates are not public (CHANGELOG.md).
    expect(Object.keys(usLocal(own.body) ?? {})).not.toEqual(expect.arrayContaining(['per_minute_cents']));
    expect(Object.keys(usLocal(own.body) ?? {})).not.toEqual(expect.arrayContaining(['connection_cents']));
    expect(usLocal((await call('GET', '/v1/pricing', tenant)).body)).toMatchObject({
      setup_fee_cents: 126,
      monthly_fee_cents: 198,
    });
    expect(
      usLocal((await call('GET', '/v1/pricing', partner, { headers: { 'account-id': tenant.id } })).body),
    ).toMatchObject({ setup_fee_cents: 126, monthly_fee_cents: 198 });
  });

  it('search shows the tenant exactly what POST /v1/quotes charges for the same numbers', async () => {
    const found = await call(
      'GET',
      '/v1/numbers/available?country_code=US&number_type=local&locality=Austin&limit=2',
      tenant,
    );
    expect(found.status).toBe(200);
    const numbers = found.body.data as {
      phone_number: string;
      pricing: { setup_fee_cents: number; monthly_fee_cents: number; currency: string };
    }[];
    const quote = await call('POST', '/v1/quotes', tenant, {
      body: { country_code: 'US', number_type: 'local', phone_numbers: numbers.map((n) => n.phone_number) },
    });
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({
      record_type: 'quote',
      quantity: 2,
      currency: numbers[0].pricing.currency,
      setup_fee_total_cents: 252,
      monthly_fee_total_cents: 396,
      total_cents: 648,
    });
    expect(quote.body.total_cents).toBe(
      numbers.reduce((sum, n) => sum + n.pricing.setup_fee_cents + n.pricing.monthly_fee_cents, 0),
    );
    const byQuantity = await call('POST', '/v1/quotes', tenant, {
      body: { country_code: 'US', number_type: 'local', quantity: 10 },
    });
    expect(byQuantity.body).toMatchObject({ quantity: 10, total_cents: 3_240 });
  });

  it('a tenant can neither see nor set markups (403 partner_only), nor can a partner acting as its tenant', async () => {
    expect(await call('GET', '/v1/pricing/markups', tenant)).toMatchObject({
      status: 403,
      body: expect.objectContaining({ code: 'partner_only' }),
    });
    expect(await call('PUT', '/v1/pricing/markups', tenant, { body: { markups: [] } })).toMatchObject({ status: 403 });
    expect(await call('GET', '/v1/pricing/markups', partner, { headers: { 'account-id': tenant.id } })).toMatchObject({
      status: 403,
    });
    const own = await call('GET', '/v1/pricing/markups', partner);
    expect(own.body).toMatchObject({
      record_type: 'markup_set',
      partner_id: partner.id,
      markups: [expect.objectContaining({ percent_basis_points: 1_550 })],
    });
  });

  it('bad input: 400 naming the field and the rule', async () => {
    const neither = await call('POST', '/v1/quotes', tenant, { body: { country_code: 'US', number_type: 'local' } });
    expect(neither.status).toBe(400);
    expect(neither.body).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'phone_numbers' })],
    });
    const tooMany = await call('POST', '/v1/quotes', tenant, {
      body: { country_code: 'US', number_type: 'local', quantity: 11 },
    });
    expect(tooMany.body).toMatchObject({ errors: [expect.objectContaining({ field: 'quantity', rule: 'max:10' })] });
    const badNumber = await call('POST', '/v1/quotes', tenant, {
      body: { country_code: 'US', number_type: 'local', phone_numbers: ['5125550100'] },
    });
    expect(badNumber.body).toMatchObject({ errors: [expect.objectContaining({ field: 'phone_numbers[0]' })] });
    const unknown = await call('POST', '/v1/quotes', tenant, {
      body: { country_code: 'US', number_type: 'local', quantity: 1, price: 0 },
    });
    expect(unknown.body).toMatchObject({ code: 'unknown_field', errors: [{ field: 'price', rule: 'unknown_field' }] });
    const percent = await call('PUT', '/v1/pricing/markups', partner, {
      body: { markups: [{ percent_basis_points: 12.5 }] },
    });
    expect(percent.status).toBe(400);
    expect(percent.body).toMatchObject({
      errors: [expect.objectContaining({ field: 'markups[0].percent_basis_points' })],
    });
  });

  it('the operator changes the price list through the API: at once or from a date; accounts get 403; bad input 400', async () => {
    const operator = { id: 'operator', key: OPERATOR_KEY };
    expect((await call('GET', '/v1/operator/price-list', partner)).body).toMatchObject({ code: 'operator_only' });
    expect(
      (
        await call('POST', '/v1/operator/price-list/changes', partner, {
          body: { country_code: 'GB', number_type: 'toll_free', currency: 'USD', changes: { setup_fee_cents: 1 } },
        })
      ).status,
    ).toBe(403);
    const later = await call('POST', '/v1/operator/price-list/changes', operator, {
      body: {
        country_code: 'GB',
        number_type: 'toll_free',
        currency: 'USD',
        effective_at: '2099-01-01T00:00:00Z',
        changes: { usage_rates: { inbound_per_minute_micros: 2_500_000 } },
      },
    });
    expect(later.status).toBe(201);
    expect(later.body).toMatchObject({ status: 'scheduled', effective_at: '2099-01-01T00:00:00.000Z' });
    const list = await call('GET', '/v1/operator/price-list', operator);
    expect(list.body.scheduled_changes).toEqual([expect.objectContaining({ id: later.body.id })]);
    expect((await call('DELETE', `/v1/operator/price-list/changes/${later.body.id}`, operator)).body).toMatchObject({
      status: 'cancelled',
    });
    const now = await call('POST', '/v1/operator/price-list/changes', operator, {
      body: {
        country_code: 'GB',
        number_type: 'toll_free',
        currency: 'USD',
        changes: { minimum_commitment_months: 2 },
      },
    });
    expect(now.body).toMatchObject({ status: 'applied' });
    const gbTollFree = (await call('GET', '/v1/pricing', partner)).body.data.find(
      (p: { country_code: string; number_type: string }) => p.country_code === 'GB' && p.number_type === 'toll_free',
    );
    expect(gbTollFree).toMatchObject({ currency: 'USD', minimum_commitment_months: 2 });
    const bad = await call('POST', '/v1/operator/price-list/changes', operator, {
      body: { country_code: 'GB', number_type: 'toll_free', currency: 'EUR', changes: { setup_fee_cents: -1 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'currency' }),
        expect.objectContaining({ field: 'changes.setup_fee_cents' }),
      ]),
    );
  });
});
