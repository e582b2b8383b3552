import type { CarrierFeedNumber } from '@did/contracts';

type Row = CarrierFeedNumber;

function nanp(e164: string, over: Partial<Row> = {}): Row {
  return {
    e164,
    country_code: 'US',
    number_type: 'local',
    region: 'TX',
    locality: 'Austin',
    rate_center: 'AUSTIN',
    ndc: e164.slice(2, 5),
    nxx: e164.slice(5, 8),
    capabilities: ['voice', 'sms'],
    carrier: 'sandbox-carrier',
    wholesale: { setup_cents: 50, monthly_cents: 100, currency: 'USD' },
    ...over,
  };
}

const seq = (prefix: string, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(from + i).padStart(4, '0')}`);

/** Austin 512-555-01xx: 20 numbers, even ones with SMS, odd ones voice only. */
export const AUSTIN_555 = seq('+1512555', 100, 20);
/** Austin 512-444-01xx: 5 numbers with voice, SMS and MMS. */
export const AUSTIN_444 = seq('+1512444', 100, 5);
/** Dallas 214-555-01xx: 5 numbers. */
export const DALLAS = seq('+1214555', 100, 5);
/** Toll-free 877-555-01xx: 10 numbers. */
export const TOLL_FREE_877 = seq('+1877555', 100, 10);
/** 1-800-FLOWERS. */
export const FLOWERS = '+18003569377';
export const TOLL_FREE_888 = '+18885550100';
export const LONDON = '+442071234567';
export const TORONTO = '+14165550100';

/** A Houston (713) local number with voice and SMS at a wholesale cost of 1 (order tests load hundreds). */
export function houstonRow(e164: string): Row {
  return nanp(e164, {
    locality: 'Houston',
    rate_center: 'HOUSTON',
    wholesale: { setup_cents: 1, monthly_cents: 1, currency: 'USD' },
  });
}

/** A New Delhi local number: India requires end-user details and a document before a number is used. */
export function delhiRow(e164: string): Row {
  return {
    e164,
    country_code: 'IN',
    number_type: 'local',
    region: 'DL',
    locality: 'New Delhi',
    rate_center: null,
    ndc: '11',
    nxx: null,
    capabilities: ['voice'],
    carrier: 'sandbox-carrier-in',
    wholesale: { setup_cents: 5000, monthly_cents: 9900, currency: 'INR' },
  };
}

/** A small, deterministic world of carrier rows for search and reservation tests. */
export function fixtureRows(): Row[] {
  return [
    ...AUSTIN_555.map((e, i) => nanp(e, { capabilities: i % 2 === 0 ? ['voice', 'sms'] : ['voice'] })),
    ...AUSTIN_444.map((e) => nanp(e, { capabilities: ['voice', 'sms', 'mms'] })),
    ...DALLAS.map((e) => nanp(e, { locality: 'Dallas', rate_center: 'DALLAS' })),
    ...TOLL_FREE_877.map((e) =>
      nanp(e, {
        number_type: 'toll_free',
        region: null,
        locality: null,
        rate_center: null,
        wholesale: { setup_cents: 100, monthly_cents: 200, currency: 'USD' },
      }),
    ),
    nanp(FLOWERS, { number_type: 'toll_free', region: null, locality: null, rate_center: null }),
    nanp(TOLL_FREE_888, { number_type: 'toll_free', region: null, locality: null, rate_center: null }),
    nanp(TORONTO, {
      country_code: 'CA',
      region: 'ON',
      locality: 'Toronto',
      rate_center: 'TORONTO',
      wholesale: { setup_cents: 60, monthly_cents: 110, currency: 'CAD' },
    }),
    {
      e164: LONDON,
      country_code: 'GB',
      number_type: 'local',
      region: 'England',
      locality: 'London',
      rate_center: null,
      ndc: '20',
      nxx: null,
      capabilities: ['voice'],
      carrier: 'sandbox-carrier-gb',
      wholesale: { setup_cents: 90, monthly_cents: 150, currency: 'GBP' },
    },
  ];
}
