import { PartnerMarkup } from '@did/contracts';
import {
  buyerPrice,
  buyerUsageRates,
  markupFor,
  percentOf,
  PlatformPrice,
  platformPriceFor,
  quoteTotals,
} from './buyer-price';

const usLocal: PlatformPrice = {
  country_code: 'US',
  number_type: 'local',
  currency: 'USD',
  setup_cents: 100,
  monthly_cents: 150,
  per_minute_cents: 1,
  connection_cents: 0,
  lookup_carrier_cents: 1,
  lookup_caller_name_cents: 1,
  usage_rates: {
    inbound_per_minute_micros: 850_000,
    outbound_per_minute_micros: 1_000_000,
    connect_fee_micros: 0,
    billing_initial_seconds: 60,
    billing_increment_seconds: 1,
    message_inbound_micros: 250_000,
    message_outbound_micros: 400_000,
    cnam_lookup_micros: 400_000,
  },
  minimum_commitment_months: 0,
};
const markup = (m: Partial<PartnerMarkup>): PartnerMarkup => ({
  country_code: null,
  number_type: null,
  percent_basis_points: 0,
  setup_cents: 0,
  monthly_cents: 0,
  per_minute_cents: 0,
  connection_cents: 0,
  ...m,
});

describe('percentOf (basis points, half-up to the minor unit)', () => {
  it('rounds exactly half a cent up', () => {
    expect(percentOf(150, 3_333)).toBe(50); // 49.995 -> 50
    expect(percentOf(5, 1_000)).toBe(1); // 0.5 -> 1
  });

  it('rounds under half a cent down', () => {
    expect(percentOf(1, 4_999)).toBe(0); // 0.4999 -> 0
    expect(percentOf(99, 1_550)).toBe(15); // 15.345 -> 15
  });

  it('is exact on whole results and refuses fractions and negatives', () => {
    expect(percentOf(100, 2_500)).toBe(25);
    expect(percentOf(0, 100_000)).toBe(0);
    expect(() => percentOf(1.5, 100)).toThrow(RangeError);
    expect(() => percentOf(-1, 100)).toThrow(RangeError);
  });
});

describe('buyerPrice', () => {
  it('is the platform price for a partner buying for itself', () => {
    expect(buyerPrice(usLocal, null)).toEqual(usLocal);
  });

  it('adds the percent, then the fixed amount, per item; lookup fees pass through', () => {
    const price = buyerPrice(
      usLocal,
      markup({
        percent_basis_points: 1_550,
        setup_cents: 10,
        monthly_cents: 25,
        per_minute_cents: 1,
        connection_cents: 2,
      }),
    );
    // setup 100 + 15.5 -> 16 (half-up) + 10; monthly 150 + 23.25 -> 23 + 25; per-minute 1 + 0.155 -> 0 + 1; connection 0 + 0 + 2.
    expect(price).toEqual({
      ...usLocal,
      setup_cents: 126,
      monthly_cents: 198,
      per_minute_cents: 2,
      connection_cents: 2,
      usage_rates: buyerUsageRates(
        usLocal.usage_rates,
        markup({ percent_basis_points: 1_550, per_minute_cents: 1, connection_cents: 2 }),
      ),
    });
  });

  it('keeps the currency of the platform row', () => {
    const gb = { ...usLocal, country_code: 'GB' as const, currency: 'GBP' as const };
    expect(buyerPrice(gb, markup({ percent_basis_points: 1_000 })).currency).toBe('GBP');
  });
});

describe('markupFor (most specific scope wins)', () => {
  const all = markup({ percent_basis_points: 100 });
  const us = markup({ country_code: 'US', percent_basis_points: 200 });
  const tollFree = markup({ number_type: 'toll_free', percent_basis_points: 300 });
  const usLocalOnly = markup({ country_code: 'US', number_type: 'local', percent_basis_points: 400 });

  it('prefers country+type, then country, then type, then everything', () => {
    const set = [all, tollFree, us, usLocalOnly];
    expect(markupFor(set, 'US', 'local')).toBe(usLocalOnly);
    expect(markupFor(set, 'US', 'toll_free')).toBe(us);
    expect(markupFor(set, 'CA', 'toll_free')).toBe(tollFree);
    expect(markupFor(set, 'GB', 'mobile')).toBe(all);
  });

  it('is null when no scope matches', () => {
    expect(markupFor([us], 'GB', 'local')).toBeNull();
  });
});

describe('platformPriceFor (currency)', () => {
  const caLocalUsd = { ...usLocal, country_code: 'CA' as const };
  const caLocalCad = { ...caLocalUsd, currency: 'CAD' as const, setup_cents: 135 };
  const gbLocal = { ...usLocal, country_code: 'GB' as const, currency: 'GBP' as const };

  it("takes the row in the buyer's currency when there is one", () => {
    expect(platformPriceFor([caLocalUsd, caLocalCad], 'CA', 'local', 'CAD')).toBe(caLocalCad);
    expect(platformPriceFor([caLocalUsd, caLocalCad], 'CA', 'local', 'USD')).toBe(caLocalUsd);
  });

  it("falls back to the country's sale currency (no FX), and is null for a type not sold", () => {
    expect(platformPriceFor([gbLocal], 'GB', 'local', 'USD')).toBe(gbLocal);
    expect(platformPriceFor([gbLocal], 'GB', 'mobile', 'GBP')).toBeNull();
  });
});

describe('quoteTotals', () => {
  it('charges NRC plus the first MRC per number', () => {
    expect(quoteTotals({ ...usLocal, setup_cents: 126, monthly_cents: 198 }, 3)).toEqual({
      nrc_cents: 378,
      first_mrc_cents: 594,
      total_cents: 972,
    });
  });
});

describe("buyerUsageRates (a tenant's usage rates)", () => {
  it('applies the percent to every usage item, half-up to the micro-unit, then the fixed per-minute and connection amounts', () => {
    const rates = buyerUsageRates(
      usLocal.usage_rates,
      markup({ percent_basis_points: 1_500, per_minute_cents: 1, connection_cents: 2 }),
    );
    expect(rates).toEqual({
      inbound_per_minute_micros: 850_000 + 127_500 + 1_000_000,
      outbound_per_minute_micros: 1_000_000 + 150_000 + 1_000_000,
      connect_fee_micros: 0 + 2_000_000,
      billing_initial_seconds: 60,
      billing_increment_seconds: 1,
      message_inbound_micros: 287_500,
      message_outbound_micros: 460_000,
      cnam_lookup_micros: 460_000,
    });
  });

  it('is the platform rates without a markup', () => {
    expect(buyerUsageRates(usLocal.usage_rates, null)).toEqual(usLocal.usage_rates);
  });
});
