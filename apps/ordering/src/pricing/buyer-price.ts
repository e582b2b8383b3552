import {
  BuyerPrice,
  Currency,
  MICROS_PER_MINOR_UNIT,
  NumberType,
  PartnerMarkup,
  SupportedCountry,
  UsageRates,
} from '@did/contracts';

/** A row of the platform price list: what a partner pays for itself, in integer minor units. */
export type PlatformPrice = BuyerPrice;

/** The items a partner may mark up; lookup fees are platform fees and pass through unchanged. */
const MARKED_UP_ITEMS = ['setup_cents', 'monthly_cents', 'per_minute_cents', 'connection_cents'] as const;

/**
 * `cents` x `basisPoints` / 10,000, rounded half-up to the minor unit, in integer arithmetic only.
 * Half-up because it is the commercial rule buyers expect (0.5 cent and above is a cent), it is
 * unbiased enough on small markups, and it never produces a fraction of a minor unit. Inputs are
 * non-negative and bounded (1e6 x 1e5 = 1e11 < 2^53), so the product is exact.
 */
export function percentOf(cents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(cents) || !Number.isSafeInteger(basisPoints) || cents < 0 || basisPoints < 0)
    throw new RangeError('percentOf: non-negative integers only');
  return Math.floor((cents * basisPoints + 5_000) / 10_000);
}

/** The markup that applies to (country, type): the most specific scope wins (country+type, country, type, everything); scopes never add up. */
export function markupFor(
  markups: readonly PartnerMarkup[],
  country: SupportedCountry,
  type: NumberType,
): PartnerMarkup | null {
  const rank = (m: PartnerMarkup) => (m.country_code !== null ? 2 : 0) + (m.number_type !== null ? 1 : 0);
  const matching = markups.filter(
    (m) =>
      (m.country_code === null || m.country_code === country) && (m.number_type === null || m.number_type === type),
  );
  return matching.sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/** A buyer's price: the platform price, plus (for a partner's tenant) the percent then the fixed amount of the partner's markup, per item. */
export function buyerPrice(platform: PlatformPrice, markup: PartnerMarkup | null): BuyerPrice {
  const price = { ...platform };
  if (!markup) return price;
  for (const item of MARKED_UP_ITEMS) {
    price[item] = platform[item] + percentOf(platform[item], markup.percent_basis_points) + markup[item];
  }
  price.usage_rates = buyerUsageRates(platform.usage_rates, markup);
  return price;
}

/** Usage items the fixed per-minute and connection markups add to (the percent applies to every usage item). */
const PER_MINUTE_ITEMS = ['inbound_per_minute_micros', 'outbound_per_minute_micros'] as const;
const MICRO_ITEMS = [
  'inbound_per_minute_micros',
  'outbound_per_minute_micros',
  'connect_fee_micros',
  'message_inbound_micros',
  'message_outbound_micros',
  'cnam_lookup_micros',
] as const;

/**
 * A tenant's usage rates: the percent on every item, rounded half-up to the micro-unit (exact enough:
 * a millionth of a cent), then the markup's fixed per-minute and connection amounts. Increments are
 * the platform's: a partner marks up prices, not how seconds are counted.
 */
export function buyerUsageRates(platform: UsageRates, markup: PartnerMarkup | null): UsageRates {
  if (!markup) return { ...platform };
  const rates = { ...platform };
  for (const item of MICRO_ITEMS) rates[item] = platform[item] + percentOf(platform[item], markup.percent_basis_points);
  for (const item of PER_MINUTE_ITEMS) rates[item] += markup.per_minute_cents * MICROS_PER_MINOR_UNIT;
  rates.connect_fee_micros += markup.connection_cents * MICROS_PER_MINOR_UNIT;
  return rates;
}

/**
 * The platform row a buyer in `currency` pays for (country, type): the one in its own currency, else
 * the row of the country's sale currency (GB numbers are sold in GBP, IN in INR: no FX). Null when
 * the platform does not sell that type there.
 */
export function platformPriceFor(
  rows: readonly PlatformPrice[],
  country: SupportedCountry,
  type: NumberType,
  currency: Currency,
): PlatformPrice | null {
  const candidates = rows
    .filter((r) => r.country_code === country && r.number_type === type)
    .sort((a, b) => a.currency.localeCompare(b.currency));
  return candidates.find((r) => r.currency === currency) ?? candidates[0] ?? null;
}

/** NRC, the first 30-day MRC and their total for `quantity` numbers at `price`. */
export function quoteTotals(
  price: BuyerPrice,
  quantity: number,
): { nrc_cents: number; first_mrc_cents: number; total_cents: number } {
  const nrc = price.setup_cents * quantity;
  const mrc = price.monthly_cents * quantity;
  return { nrc_cents: nrc, first_mrc_cents: mrc, total_cents: nrc + mrc };
}
