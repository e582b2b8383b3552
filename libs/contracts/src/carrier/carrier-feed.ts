import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { CAPABILITIES, NUMBER_TYPES } from '../inventory/number-enums';

/**
 * One number in an upstream carrier's inventory feed (the carrier sandbox serves these over HTTP at
 * `GET /v1/inventory/feed`, newline-delimited JSON, one object per line). Prices are wholesale, in
 * minor units of the number's country currency.
 */
export const CarrierFeedNumber = z.object({
  e164: z.string().regex(/^\+[1-9]\d{6,14}$/),
  country_code: z.string().length(2),
  number_type: z.enum(NUMBER_TYPES),
  /** State or province code (e.g. `TX`), or the region name where the country has no codes. */
  region: z.string().nullable(),
  locality: z.string().nullable(),
  rate_center: z.string().nullable(),
  /** National destination code: the NANP area code (NPA), a UK area code, ... */
  ndc: z.string().nullable(),
  /** NANP exchange (the 3 digits after the area code); null outside NANP. */
  nxx: z.string().nullable(),
  capabilities: z.array(z.enum(CAPABILITIES)).min(1),
  /** The carrier that supplies the number and charges `wholesale` (the sandbox: its CARRIER_NAME); not the network a lookup reports. */
  carrier: z.string(),
  wholesale: z.object({
    setup_cents: z.number().int().nonnegative(),
    monthly_cents: z.number().int().nonnegative(),
    currency: z.enum(CURRENCIES),
  }),
});
export type CarrierFeedNumber = z.infer<typeof CarrierFeedNumber>;
