import { PriceList, PriceListChange, PriceListPatterns, PricingList, PricingPatterns, Quote } from '@did/contracts';
import { PriceListChangesService } from '../src/pricing/price-list-changes.service';
import { failure, OrderingFixture, startOrdering } from './ordering-fixture';

describe('the operator price list with effective dates (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  const usLocal = async (caller = o.newCaller('USD', null)) =>
    (await o.rpc.request<PricingList>(PricingPatterns.GetPricing, { caller })).data.find(
      (p) => p.country_code === 'US' && p.number_type === 'local',
    )!;
  const schedule = (body: object) => o.rpc.request<PriceListChange>(PriceListPatterns.ScheduleChange, { body });

  beforeAll(async () => {
    o = await startOrdering({ PRICE_CHANGES_INTERVAL_MS: '0' });
  });
  afterAll(() => o?.close());

  it('a change takes effect at its time: buyers see the old row before and the new one after; the list shows it scheduled meanwhile', async () => {
    const before = await usLocal();
    const at = new Date(o.clock.now().getTime() + 3_600_000).toISOString();
    const change = await schedule({
      country_code: 'US',
      number_type: 'local',
      currency: 'USD',
      effective_at: at,
      changes: {
        monthly_cents: 175,
        minimum_commitment_months: 3,
        usage_rates: { inbound_per_minute_micros: 900_000 },
      },
    });
    expect(change).toMatchObject({
      record_type: 'price_list_change',
      status: 'scheduled',
      effective_at: at,
      applied_at: null,
    });
    expect((await o.rpc.request<PriceList>(PriceListPatterns.List, {})).scheduled_changes.map((c) => c.id)).toContain(
      change.id,
    );
    await o.app.get(PriceListChangesService).applyDue();
    expect(await usLocal()).toEqual(before);

    o.clock.set(at);
    expect(await o.app.get(PriceListChangesService).applyDue()).toBe(1);
    const after = await usLocal();
    expect(after).toMatchObject({
      monthly_cents: 175,
      minimum_commitment_months: 3,
      per_minute_cents: 1,
      usage_rates: { ...before.usage_rates, inbound_per_minute_micros: 900_000 },
    });
    // Shown before purchase: a quote carries the minimum period and the usage rates.
    const quote = await o.rpc.request<Quote>(PricingPatterns.Quote, {
      caller: o.newCaller('USD', null),
      body: { country_code: 'US', number_type: 'local', quantity: 1 },
    });
    expect(quote).toMatchObject({
      minimum_commitment_months: 3,
      usage_rates: { inbound_per_minute_micros: 900_000 },
      unit_monthly_cents: 175,
    });
    const listed = await o.rpc.request<PriceList>(PriceListPatterns.List, {});
    expect(listed.scheduled_changes.map((c) => c.id)).not.toContain(change.id);
    expect(
      listed.data.find((r) => r.country_code === 'US' && r.number_type === 'local' && r.currency === 'USD'),
    ).toMatchObject({ monthly_cents: 175 });
  });

  it('a change without a time applies before the reply; a scheduled one can be cancelled once', async () => {
    const now = await schedule({
      country_code: 'CA',
      number_type: 'mobile',
      currency: 'USD',
      changes: { setup_cents: 160 },
    });
    expect(now).toMatchObject({ status: 'applied' });
    const later = await schedule({
      country_code: 'CA',
      number_type: 'mobile',
      currency: 'USD',
      effective_at: new Date(o.clock.now().getTime() + 86_400_000).toISOString(),
      changes: { setup_cents: 999 },
    });
    expect(await o.rpc.request(PriceListPatterns.CancelChange, { change_id: later.id })).toMatchObject({
      status: 'cancelled',
    });
    expect(await failure(o.rpc.request(PriceListPatterns.CancelChange, { change_id: later.id }))).toMatchObject({
      code: 'price_change_not_scheduled',
      type: 'conflict',
    });
    expect(await failure(o.rpc.request(PriceListPatterns.CancelChange, { change_id: 'plc_nope' }))).toMatchObject({
      code: 'price_change_not_found',
    });
    o.clock.advance(2 * 86_400_000);
    await o.app.get(PriceListChangesService).applyDue();
    const row = (await o.rpc.request<PriceList>(PriceListPatterns.List, {})).data.find(
      (r) => r.country_code === 'CA' && r.number_type === 'mobile' && r.currency === 'USD',
    );
    expect(row?.setup_cents).toBe(160);
  });

  it('refuses a change of a row the list does not have, and a change of nothing, naming the field', async () => {
    await o.rows(
      `delete from ordering.price_lists where country_code = 'IN' and number_type = 'national' and currency = 'CAD'`,
    );
    expect(
      await failure(
        schedule({ country_code: 'IN', number_type: 'national', currency: 'CAD', changes: { setup_cents: 1 } }),
      ),
    ).toMatchObject({ code: 'price_not_found' });
    expect(
      await failure(schedule({ country_code: 'US', number_type: 'local', currency: 'USD', changes: {} })),
    ).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ field: 'body.changes' })] });
    expect(
      await failure(
        schedule({
          country_code: 'US',
          number_type: 'local',
          currency: 'USD',
          changes: { usage_rates: { billing_increment_seconds: 0 } },
        }),
      ),
    ).toMatchObject({
      errors: [expect.objectContaining({ field: 'body.changes.usage_rates.billing_increment_seconds' })],
    });
  });
});
