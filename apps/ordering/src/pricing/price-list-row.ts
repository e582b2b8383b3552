import type { Currency, NumberType, SupportedCountry, UsageRates } from '@did/contracts';
import { cents } from '../db/sql';
import type { PlatformPrice } from './buyer-price';

/** The usage columns of price_lists, in micro-units (bigint) and seconds. */
export const USAGE_RATE_COLUMNS = [
  'inbound_per_minute_micros',
  'outbound_per_minute_micros',
  'connect_fee_micros',
  'billing_initial_seconds',
  'billing_increment_seconds',
  'message_inbound_micros',
  'message_outbound_micros',
  'cnam_lookup_micros',
] as const;

/** A price_lists row as PostgreSQL returns it (bigint micro-units as strings). */
export type PlatformPriceRow = {
  country_code: SupportedCountry;
  number_type: NumberType;
  currency: Currency;
  setup_cents: number;
  monthly_cents: number;
  per_minute_cents: number;
  connection_cents: number;
  lookup_carrier_cents: number;
  lookup_caller_name_cents: number;
  minimum_commitment_months: number;
} & Record<(typeof USAGE_RATE_COLUMNS)[number], string | number>;

export function platformPriceOf(row: PlatformPriceRow): PlatformPrice {
  const usage = Object.fromEntries(USAGE_RATE_COLUMNS.map((c) => [c, cents(row[c])])) as UsageRates;
  return {
    country_code: row.country_code,
    number_type: row.number_type,
    currency: row.currency,
    setup_cents: row.setup_cents,
    monthly_cents: row.monthly_cents,
    per_minute_cents: row.per_minute_cents,
    connection_cents: row.connection_cents,
    lookup_carrier_cents: row.lookup_carrier_cents,
    lookup_caller_name_cents: row.lookup_caller_name_cents,
    usage_rates: usage,
    minimum_commitment_months: row.minimum_commitment_months,
  };
}
