import { NumberType, type SupportedCountry } from '@did/contracts';

/** One source of rows in a country's feed: the blocks of a number type, or of a featured prefix of it. */
export interface PoolPlan {
  name: string;
  type: NumberType;
  /** Share of the country's rows, relative to the other pools' weights. */
  weight: number;
  /** Only blocks whose national prefix starts with this; the type's other pools leave them out. */
  featuredPrefix?: string;
}

export interface CountryPlan {
  country: SupportedCountry;
  callingCode: string;
  pools: PoolPlan[];
}

/**
 * What the carrier stocks in each country and in what mix. Demo stock: the US feed always carries
 * Austin, TX (area code 512) local numbers and 877-555-XXXX toll-free numbers, whatever the seed and
 * count, because the getting-started walkthrough searches for exactly those. Everything else is
 * drawn evenly over the country's ranges.
 */
export const COUNTRY_PLANS: Record<SupportedCountry, CountryPlan> = {
  US: {
    country: 'US',
    callingCode: '1',
    pools: [
      { name: 'austin-tx', type: NumberType.Local, weight: 2, featuredPrefix: '512' },
      { name: 'vanity-877-555', type: NumberType.TollFree, weight: 1, featuredPrefix: '877555' },
      { name: 'toll-free', type: NumberType.TollFree, weight: 4 },
      { name: 'local', type: NumberType.Local, weight: 13 },
    ],
  },
  CA: { country: 'CA', callingCode: '1', pools: [{ name: 'local', type: NumberType.Local, weight: 1 }] },
  GB: {
    country: 'GB',
    callingCode: '44',
    pools: [
      { name: 'local', type: NumberType.Local, weight: 10 },
      { name: 'mobile', type: NumberType.Mobile, weight: 7 },
      { name: 'national', type: NumberType.National, weight: 3 },
    ],
  },
  IN: {
    country: 'IN',
    callingCode: '91',
    pools: [
      { name: 'local', type: NumberType.Local, weight: 3 },
      { name: 'mobile', type: NumberType.Mobile, weight: 2 },
    ],
  },
};

/** The number types a country's feed carries. */
export function numberTypesOf(plan: CountryPlan): NumberType[] {
  return [...new Set(plan.pools.map((p) => p.type))];
}

/**
 * Spreads pools over a cycle of slots in proportion to their weights, interleaved rather than in
 * runs (smooth weighted round robin), so even a short feed has every pool in it.
 */
export function weightedSchedule(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const current = weights.map(() => 0);
  const schedule: number[] = [];
  for (let slot = 0; slot < total; slot++) {
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i] += weights[i];
      if (current[i] > current[best]) best = i;
    }
    current[best] -= total;
    schedule.push(best);
  }
  return schedule;
}
