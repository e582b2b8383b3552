import { z } from 'zod';

/**
 * Usage rates are stored in micro-units: millionths of the currency's minor unit (0.85 US cents a
 * minute is 850,000). Integers keep them exact in JSON, PostgreSQL bigint and JavaScript alike.
 */
export const MICROS_PER_MINOR_UNIT = 1_000_000;
/** Largest usage rate: 100 major units (a minute, a part, a dip); times a markup's basis points it stays a safe integer. */
export const MAX_RATE_MICROS = 10_000_000_000;

const micros = z.number().int().min(0).max(MAX_RATE_MICROS);
const seconds = z.number().int().min(1).max(3600);

/**
 * What calls and messages to one number cost its payer. Calls are billed `initial/increment`
 * (60/1: the first 60 seconds in full, then per second); an unanswered call costs nothing but its
 * CNAM dip. Fixed for a number at purchase (kept on its subscription).
 */
export const UsageRatesSchema = z.object({
  inbound_per_minute_micros: micros,
  outbound_per_minute_micros: micros,
  connect_fee_micros: micros.describe('Per answered call.'),
  billing_initial_seconds: seconds,
  billing_increment_seconds: seconds,
  message_inbound_micros: micros.describe('Per message part received.'),
  message_outbound_micros: micros.describe('Per message part sent.'),
  cnam_lookup_micros: micros.describe('Per call whose caller name the edge looked up.'),
});
export type UsageRates = z.infer<typeof UsageRatesSchema>;

/** The public view of rates: decimal strings in minor units (like Stripe's `unit_amount_decimal`), exact. */
export const UsageRatesViewSchema = z.object({
  inbound_per_minute_cents_decimal: z
    .string()
    .describe('Per minute of an inbound call, in minor units, exact (e.g. "0.85").'),
  outbound_per_minute_cents_decimal: z.string(),
  connect_fee_cents_decimal: z.string().describe('Per answered call.'),
  billing_increments: z
    .string()
    .describe('initial/subsequent seconds: "60/1" bills the first 60 seconds in full, then per second.'),
  message_inbound_cents_decimal: z.string().describe('Per message part received.'),
  message_outbound_cents_decimal: z.string().describe('Per message part sent.'),
  cnam_lookup_cents_decimal: z.string().describe('Per call whose caller name was looked up.'),
});
export type UsageRatesView = z.infer<typeof UsageRatesViewSchema>;

/** `850000` micros -> `"0.85"`: exact, trailing zeros dropped. */
export function microsToDecimal(value: number | bigint): string {
  const v = BigInt(value);
  const sign = v < 0n ? '-' : '';
  const abs = v < 0n ? -v : v;
  const whole = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** `"0.85"` -> `850000`; at most six decimals, never negative. Throws RangeError on anything else. */
export function decimalToMicros(value: string): number {
  const match = /^(\d{1,7})(?:\.(\d{1,6}))?$/.exec(value.trim());
  if (!match) throw new RangeError(`"${value}" is not a decimal amount with at most 6 decimals`);
  return Number(match[1]) * MICROS_PER_MINOR_UNIT + Number((match[2] ?? '').padEnd(6, '0'));
}

export function usageRatesView(rates: UsageRates): UsageRatesView {
  return {
    inbound_per_minute_cents_decimal: microsToDecimal(rates.inbound_per_minute_micros),
    outbound_per_minute_cents_decimal: microsToDecimal(rates.outbound_per_minute_micros),
    connect_fee_cents_decimal: microsToDecimal(rates.connect_fee_micros),
    billing_increments: `${rates.billing_initial_seconds}/${rates.billing_increment_seconds}`,
    message_inbound_cents_decimal: microsToDecimal(rates.message_inbound_micros),
    message_outbound_cents_decimal: microsToDecimal(rates.message_outbound_micros),
    cnam_lookup_cents_decimal: microsToDecimal(rates.cnam_lookup_micros),
  };
}
