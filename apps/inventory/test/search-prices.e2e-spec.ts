import { InventoryPatterns, MarkupSet, PricingPatterns, Quote, SearchAvailableReply } from '@did/contracts';
import { InventoryFixture, startInventory } from './inventory-fixture';

const PARTNER = 'acc_price_partner';
const TENANT = { account_id: 'acc_price_tenant', partner_id: PARTNER };
const partnerCaller = { account_id: PARTNER, partner_id: null, currency: 'USD' };
const tenantCaller = { ...TENANT, currency: 'USD' };

describe('search prices come from ordering: what a buyer sees is what a quote (and an order) charges', () => {
  let inv: InventoryFixture;
  const search = (query: Record<string, unknown>) =>
    inv.rpc.request<SearchAvailableReply>(InventoryPatterns.Search, { ...TENANT, ...query });
  const setMarkups = (markups: object[]) =>
    inv.rpc.request<MarkupSet>(PricingPatterns.SetMarkups, { caller: partnerCaller, body: { markups } });

  beforeAll(async () => {
    inv = await startInventory({ PRICE_CACHE_TTL_MS: '5000', PRICE_CACHE_MAX_STALE_MS: '60000' });
    await setMarkups([{ percent_basis_points: 1_550, setup_cents: 10, monthly_cents: 25 }]);
  });

  afterAll(async () => {
    await inv.close();
  });

  it("shows the tenant's marked-up price, and a quote for the same numbers charges exactly that", async () => {
    const found = (await search({ country_code: 'US', number_type: 'local', locality: 'Austin', limit: 3 })).data;
    expect(found).toHaveLength(3);
    for (const n of found)
      expect(n.pricing).toMatchObject({ activation_fee_cents: 126, monthly_fee_cents: 198, currency: 'USD' });

    const quote = await inv.rpc.request<Quote>(PricingPatterns.Quote, {
      caller: tenantCaller,
      body: { country_code: 'US', number_type: 'local', phone_numbers: found.map((n) => n.phone_number) },
    });
    expect(quote).toMatchObject({ currency: 'USD', unit_setup_cents: 126, unit_monthly_cents: 198 });
    const seen = found.reduce((sum, n) => sum + n.pricing.activation_fee_cents + n.pricing.monthly_fee_cents, 0);
    expect(quote.total_cents).toBe(seen);
    expect(quote.nrc_cents).toBe(found.reduce((sum, n) => sum + n.pricing.activation_fee_cents, 0));
  });

  it('a partner searching for itself sees the platform price', async () => {
    const [n] = (
      await inv.rpc.request<SearchAvailableReply>(InventoryPatterns.Search, {
        account_id: PARTNER,
        partner_id: null,
        country_code: 'US',
        number_type: 'local',
        limit: 1,
      })
    ).data;
    expect(n.pricing).toMatchObject({ activation_fee_cents: 100, monthly_fee_cents: 150, currency: 'USD' });
    // The usage rates the number will be charged at, exact (0.85 cents a minute inbound, billed 60/1), and its minimum period.
    expect(n.pricing).toMatchObject({
      usage_rates: { inbound_per_minute_micros: 850_000, billing_initial_seconds: 60, billing_increment_seconds: 1 },
      minimum_commitment_months: 0,
    });
  });

  it('reuses the price table for PRICE_CACHE_TTL_MS, then shows a changed markup', async () => {
    await setMarkups([{ country_code: 'US', monthly_cents: 1 }]);
    const price = async () => (await search({ country_code: 'US', number_type: 'local', limit: 1 })).data[0].pricing;
    expect(await price()).toMatchObject({ activation_fee_cents: 126, monthly_fee_cents: 198, currency: 'USD' });
    inv.clock.advance(5_000);
    expect(await price()).toMatchObject({ activation_fee_cents: 100, monthly_fee_cents: 151, currency: 'USD' });
  });

  it('serves the last table while ordering is down, up to PRICE_CACHE_MAX_STALE_MS; past that, 503', async () => {
    await search({ country_code: 'US', limit: 1 }); // fresh table
    await inv.ordering?.close();
    inv.ordering = null;
    inv.clock.advance(30_000);
    expect((await search({ country_code: 'US', number_type: 'local', limit: 1 })).data[0].pricing).toMatchObject({
      activation_fee_cents: 100,
      monthly_fee_cents: 151,
      currency: 'USD',
    });
    inv.clock.advance(30_000);
    await expect(search({ country_code: 'US', limit: 1 })).rejects.toMatchObject({
      type: 'unavailable',
      code: 'service_unavailable',
    });
    // A country never priced for this caller has nothing to fall back on.
    await expect(search({ country_code: 'GB', limit: 1 })).rejects.toMatchObject({ code: 'service_unavailable' });
  });
});
