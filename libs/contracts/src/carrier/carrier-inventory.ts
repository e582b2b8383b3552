import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { NUMBER_TYPES } from '../inventory/number-enums';

/** A country the carrier sells numbers in (`GET /v1/inventory/countries`). Prices are in `currency`. */
export const CarrierCountry = z.object({
  country_code: z.string().length(2),
  name: z.string(),
  calling_code: z.string().regex(/^\d{1,3}$/),
  currency: z.enum(CURRENCIES),
  number_types: z.array(z.enum(NUMBER_TYPES)).min(1),
});
export type CarrierCountry = z.infer<typeof CarrierCountry>;

export const CarrierCountriesResponse = z.object({ data: z.array(CarrierCountry) });
export type CarrierCountriesResponse = z.infer<typeof CarrierCountriesResponse>;

/** The most rows per country one feed request may ask for. */
export const CARRIER_FEED_MAX_PER_COUNTRY = 2_000_000;

const commaList = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean)
    : v;

/**
 * Query of `GET /v1/inventory/feed`. The same (seed, countries, count_per_country) always yields the
 * same rows in the same order, and a smaller count yields a prefix of a larger one per country.
 */
export const CarrierFeedQuery = z.strictObject({
  countries: z
    .preprocess(
      commaList,
      z
        .array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 codes'))
        .min(1)
        .max(10),
    )
    .optional(),
  count_per_country: z.coerce.number().int().min(1).max(CARRIER_FEED_MAX_PER_COUNTRY).default(1000),
  seed: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, '1 to 64 letters, digits, _ . or -')
    .optional(),
});
export type CarrierFeedQuery = z.infer<typeof CarrierFeedQuery>;
