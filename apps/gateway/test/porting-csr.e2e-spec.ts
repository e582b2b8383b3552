import { PortingWorld, startPortingWorld } from './porting-world';

jest.setTimeout(120_000);

/** CSRs only of numbers on the caller's own open port orders, within an hourly budget per account. */
describe("porting CSR: restricted to the caller's open port orders and rated (e2e)", () => {
  let w: PortingWorld;
  let partner: { id: string; key: string };
  let tenant: { id: string; key: string };
  let other: { id: string; key: string };
  const endUser = {
    name: 'Acme',
    service_address: {
      street: '1 Congress Ave',
      city: 'Austin',
      region: 'TX',
      postal_code: '78701',
      country_code: 'US',
    },
    account_number: '123456789',
  };
  const nothing = {
    available: false,
    losing_carrier: null,
    account_name: null,
    account_number: null,
    billing_telephone_number: null,
    service_address: null,
  };

  beforeAll(async () => {
    w = await startPortingWorld();
    partner = await w.gw.newPartner('Partner');
    tenant = await w.gw.newTenant(partner, 'Acme');
    other = await w.gw.newTenant(partner, 'Other');
    await w.fund(partner.id, 1_000_000);
    await w.fund(tenant.id, 1_000_000, partner.id);
  });

  afterAll(async () => {
    await w?.close();
  });

  const create = async (key: string, phone_numbers: string[]) => {
    const res = await w.gw.call('POST', '/v1/numbers/porting-orders', {
      key,
      body: { country_code: 'US', phone_numbers, use: 'business', end_user: endUser, requested_foc_date: '2026-03-06' },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const csr = (key: string, phone_numbers: string[]) =>
    w.gw.call('POST', '/v1/numbers/csr-coverage', { key, body: { phone_numbers } });

  it("gives the record of a number on the caller's draft order, and nothing about any other number", async () => {
    await create(tenant.key, ['+15122070001', '+15122079993']);
    await create(other.key, ['+15122070002']);
    const submitted = await create(tenant.key, ['+15122070003']);
    expect(
      (
        await w.gw.call('POST', `/v1/numbers/porting-orders/${submitted.id}/actions/submit`, {
          key: tenant.key,
          body: {},
        })
      ).body.status,
    ).toBe('submitted');

    const res = await csr(tenant.key, [
      '+15122070001',
      '+15122079993',
      '+15122070002',
      '+15122070003',
      '+15122070004',
      'nope',
    ]);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({
        phone_number: '+15122070001',
        available: true,
        account_number: expect.any(String),
        account_name: expect.any(String),
      }),
      expect.objectContaining({ phone_number: '+15122079993', available: false, reason: 'csr_not_available' }),
      // Another tenant's order, the caller's own submitted order, and no order at all look the same.
      { phone_number: '+15122070002', ...nothing, reason: 'not_on_open_port_order' },
      { phone_number: '+15122070003', ...nothing, reason: 'not_on_open_port_order' },
      { phone_number: '+15122070004', ...nothing, reason: 'not_on_open_port_order' },
      { phone_number: 'nope', ...nothing, reason: 'invalid_phone_number' },
    ]);
    // The other tenant sees its own number's record.
    expect((await csr(other.key, ['+15122070002'])).body.data[0]).toMatchObject({ available: true });
    expect(
      await w.rows('select account_id, e164 from porting.csr_lookups where e164 = ? order by account_id', [
        '+15122070002',
      ]),
    ).toEqual([{ account_id: other.id, e164: '+15122070002' }]);
  });

  it('refuses lookups past the hourly budget with 429 and Retry-After, fetching nothing, and allows them again an hour later', async () => {
    const budgeted = await w.gw.newTenant(partner, 'Budgeted');
    const numbers = Array.from({ length: 15 }, (_, i) => `+151220801${String(i).padStart(2, '0')}`);
    await create(budgeted.key, numbers);
    // The default budget is 30 lookups per hour: two requests of 15 spend it.
    expect((await csr(budgeted.key, numbers)).status).toBe(200);
    expect((await csr(budgeted.key, numbers)).status).toBe(200);
    const refused = await csr(budgeted.key, [numbers[0]]);
    expect(refused).toMatchObject({ status: 429, body: { code: 'rate_limit_exceeded' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
    expect(
      await w.rows('select count(*)::int as n from porting.csr_lookups where account_id = ?', [budgeted.id]),
    ).toEqual([{ n: 30 }]);
    // Numbers that are not on an open order cost nothing.
    expect((await csr(budgeted.key, ['+15122089999'])).body.data[0]).toMatchObject({
      reason: 'not_on_open_port_order',
    });
    w.clock.advance(3_600_000 + 1_000);
    expect((await csr(budgeted.key, [numbers[0]])).status).toBe(200);
  });
});
