import { CarrierFeedNumber, type SupportedCountry } from '@did/contracts';
import { parseE164 } from '../numbering/libphonenumber';
import { feedRows } from './feed-generator';

const rows = (countries: SupportedCountry[], count: number, seed = 'unit') => [
  ...feedRows({ seed, countries, countPerCountry: count, carrier: 'Test Carrier' }),
];

const EXPECTED_LIB_TYPES: Record<string, string[]> = {
  local: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'],
  toll_free: ['TOLL_FREE'],
  mobile: ['MOBILE', 'FIXED_LINE_OR_MOBILE'],
  national: ['UAN'],
};

describe('feedRows', () => {
  it('yields the same rows for the same request', () => {
    expect(rows(['US', 'GB'], 200)).toEqual(rows(['US', 'GB'], 200));
  });

  it('yields a prefix of a longer feed for a smaller count', () => {
    expect(rows(['IN'], 1000).slice(0, 300)).toEqual(rows(['IN'], 300));
  });

  it('yields different rows for a different seed', () => {
    const a = new Set(rows(['CA'], 200, 'one').map((r) => r.e164));
    expect(rows(['CA'], 200, 'two').filter((r) => a.has(r.e164)).length).toBeLessThan(5);
  });

  it('never repeats a number', () => {
    const all = rows(['US', 'CA', 'GB', 'IN'], 20_000);
    expect(new Set(all.map((r) => r.e164)).size).toBe(all.length);
  });

  it.each(['US', 'CA', 'GB', 'IN'] as const)(
    'yields %s numbers that libphonenumber accepts as their country and type',
    (country) => {
      for (const row of rows([country], 3000, `valid-${country}`)) {
        expect(CarrierFeedNumber.safeParse(row).success).toBe(true);
        const parsed = parseE164(row.e164);
        expect([row.e164, parsed?.isValid(), parsed?.country]).toEqual([row.e164, true, country]);
        expect(EXPECTED_LIB_TYPES[row.number_type]).toContain(parsed?.getType());
      }
    },
  );

  it('places GB and IN local numbers in a town with their area code', () => {
    for (const row of rows(['GB', 'IN'], 500).filter((r) => r.number_type === 'local')) {
      expect(row.locality).toBeTruthy();
      const national = row.e164.slice(3);
      expect(national.startsWith(row.ndc as string)).toBe(true);
    }
  });

  it('always carries the demo stock: Austin, TX and 877-555 toll-free numbers', () => {
    for (const seed of ['a', 'b', 'c']) {
      const us = rows(['US'], 100, seed);
      expect(us.some((r) => r.locality === 'Austin' && r.region === 'TX' && r.capabilities.includes('sms'))).toBe(true);
      expect(us.some((r) => r.e164.startsWith('+1877555') && r.number_type === 'toll_free')).toBe(true);
    }
  });

  it('prices each row in its country currency', () => {
    const currencies = new Map(rows(['US', 'CA', 'GB', 'IN'], 50).map((r) => [r.country_code, r.wholesale.currency]));
    expect(Object.fromEntries(currencies)).toEqual({ US: 'USD', CA: 'CAD', GB: 'GBP', IN: 'INR' });
  });
});
