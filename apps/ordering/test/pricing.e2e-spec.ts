import { MarkupSet, PriceTable, PricingList, PricingPatterns, Quote, WalletCaller } from '@did/contracts';
import { failure, OrderingFixture, startOrdering } from './ordering-fixture';

describe('price list, partner markups and quotes (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  let partner: WalletCaller;
  let tenant: WalletCaller;

  const setMarkups = (caller: WalletCaller, markups: object[]) =>
    o.rpc.request<MarkupSet>(PricingPatterns.SetMarkups, { caller, body: { markups } });
  const pricing = (caller: WalletCaller) => o.rpc.request<PricingList>(PricingPatterns.GetPricing, { caller });
  const quote = (caller: WalletCaller, body: object) => o.rpc.request<Quote>(PricingPatterns.Quote, { caller, body });
  const usLocal = (list: PricingList) => list.data.find((p) => p.country_code === 'US' && p.number_type === 'local');

  beforeAll(async () => {
    o = await startOrdering();
    partner = o.newCaller('USD', null);
    tenant = o.newCaller('USD', partner.account_id);
  });

  afterAll(async () => {
    await o.close();
  });

  it('seeds the platform list: every country and type in every account currency (a fixed seed, no FX at run time)', async () => {
    const rows = await o.rows<{ country_code: string; currency: string; n: number }>(
      `select country_code, currency, count(*)::int as n from ordering.price_lists group by 1, 2 order by 1, 2`,
    );
    const expected = ['CA', 'GB', 'IN', 'US'].flatMap((country_code) =>
      ['CAD', 'GBP', 'INR', 'USD'].map((currency) => ({ country_code, currency, n: 4 })),
    );
    expect(rows).toEqual(expected);
    // Converted once from the country's sale currency: GB local is 100 GBP pence setup, 125 US cents.
    const [gb] = await o.rows(
      `select setup_cents, inbound_per_minute_micros::int as inbound from ordering.price_lists where country_code = 'GB' and number_type = 'local' and currency = 'USD'`,
    );
    expect(gb).toEqual({ setup_cents: 125, inbound: 1_062_500 });
  });

  it("a partner buying for itself pays the platform price; its markup shows in its tenant's prices only", async () => {
    expect(usLocal(await pricing(partner))).toMatchObject({
      setup_cents: 100,
      monthly_cents: 150,
      per_minute_cents: 1,
      connection_cents: 0,
      currency: 'USD',
    });
    const set = await setMarkups(partner, [
      { percent_basis_points: 1_550, setup_cents: 10, monthly_cents: 25 },
      { country_code: 'gb', number_type: 'local', monthly_cents: 50 },
    ]);
    expect(set).toMatchObject({
      record_type: 'markup_set',
      partner_id: partner.account_id,
      markups: [
        expect.objectContaining({ country_code: null }),
        expect.objectContaining({ country_code: 'GB', number_type: 'local', percent_basis_points: 0 }),
      ],
    });

    expect(usLocal(await pricing(partner))).toMatchObject({ setup_cents: 100, monthly_cents: 150 });
    const tenantPrices = await pricing(tenant);
    // 100 + 15.5 -> 16 + 10; 150 + 23.25 -> 23 + 25.
    expect(usLocal(tenantPrices)).toMatchObject({
      setup_cents: 126,
      monthly_cents: 198,
      per_minute_cents: 1,
      lookup_carrier_cents: 1,
    });
    // The GB local scope is more specific than the global one: fixed 50 only, on the USD row for GB.
    expect(tenantPrices.data.find((p) => p.country_code === 'GB' && p.number_type === 'local')).toMatchObject({
      currency: 'USD',
      setup_cents: 125,
      monthly_cents: 158 + 50,
    });
    // Another partner's tenant is untouched.
    expect(usLocal(await pricing(o.newCaller()))).toMatchObject({ setup_cents: 100, monthly_cents: 150 });
  });

  it('quotes numbers or a quantity: NRC, first MRC and total at the buyer price, the same as the search price table', async () => {
    const byNumbers = await quote(tenant, {
      country_code: 'US',
      number_type: 'local',
      phone_numbers: ['+15125550100', '+15125550101'],
    });
    expect(byNumbers).toMatchObject({
      record_type: 'quote',
      currency: 'USD',
      quantity: 2,
      unit_setup_cents: 126,
      unit_monthly_cents: 198,
      nrc_cents: 252,
      first_mrc_cents: 396,
      total_cents: 648,
    });
    const byQuantity = await quote(tenant, { country_code: 'US', number_type: 'local', quantity: 3 });
    expect(byQuantity).toMatchObject({ quantity: 3, phone_numbers: null, total_cents: 972 });

    const table = await o.rpc.request<PriceTable>(PricingPatterns.PriceTable, {
      account_id: tenant.account_id,
      partner_id: tenant.partner_id,
      country_code: 'US',
    });
    expect(table.data.find((p) => p.number_type === 'local')).toMatchObject({
      setup_cents: byNumbers.unit_setup_cents,
      monthly_cents: byNumbers.unit_monthly_cents,
      currency: byNumbers.currency,
    });
  });

  it("prices a CAD account in CAD for every country, from the list's CAD rows", async () => {
    const cad = o.newCaller('CAD', null);
    const list = await pricing(cad);
    expect(list.currency).toBe('CAD');
    expect(list.data.find((p) => p.country_code === 'CA' && p.number_type === 'local')).toMatchObject({
      currency: 'CAD',
      setup_cents: 135,
    });
    expect(list.data.find((p) => p.country_code === 'IN' && p.number_type === 'local')).toMatchObject({
      currency: 'CAD',
      setup_cents: 80,
    });
    expect(list.data.every((p) => p.currency === 'CAD')).toBe(true);
  });

  it('a tenant can neither see nor set markups; a PUT replaces the whole set', async () => {
    expect(await failure(o.rpc.request(PricingPatterns.GetMarkups, { caller: tenant }))).toMatchObject({
      type: 'forbidden',
      code: 'partner_only',
    });
    expect(await failure(setMarkups(tenant, [{ percent_basis_points: 100_000 }]))).toMatchObject({
      type: 'forbidden',
      code: 'partner_only',
    });
    const cleared = await setMarkups(partner, []);
    expect(cleared.markups).toEqual([]);
    expect(usLocal(await pricing(tenant))).toMatchObject({ setup_cents: 100, monthly_cents: 150 });
  });

  it('refuses a duplicated scope and a quote with both numbers and quantity, naming the field', async () => {
    expect(
      await failure(setMarkups(partner, [{ country_code: 'US' }, { country_code: 'US', percent_basis_points: 5 }])),
    ).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'body.markups[1].country_code' })],
    });
    expect(
      await failure(
        quote(tenant, { country_code: 'US', number_type: 'local', quantity: 1, phone_numbers: ['+15125550100'] }),
      ),
    ).toMatchObject({
      errors: [expect.objectContaining({ field: 'body.quantity' })],
    });
  });
});
