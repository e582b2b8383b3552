import { z } from 'zod';
import { CarrierE164 } from './carrier-common';

/** What kind of line a number is, as a carrier lookup reports it. */
export const CarrierLineType = {
  Landline: 'landline',
  Mobile: 'mobile',
  Voip: 'voip',
  TollFree: 'toll_free',
  National: 'national',
  Other: 'other',
} as const;
export type CarrierLineType = (typeof CarrierLineType)[keyof typeof CarrierLineType];
export const CARRIER_LINE_TYPES = Object.values(CarrierLineType) as [CarrierLineType, ...CarrierLineType[]];

/** `GET /v1/lookups/{e164}` query. */
export const CarrierLookupQuery = z.strictObject({
  cnam: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const CarrierCallerName = z.object({
  /** At most 15 characters, upper case, as CNAM databases store it. */
  name: z.string().max(15),
  type: z.enum(['business', 'consumer']),
});

/** `GET /v1/lookups/{e164}`. An invalid number answers 200 with `valid: false` and nulls. */
export const CarrierLookup = z.object({
  phone_number: CarrierE164,
  valid: z.boolean(),
  country_code: z.string().length(2).nullable(),
  line_type: z.enum(CARRIER_LINE_TYPES).nullable(),
  carrier: z.object({ name: z.string() }).nullable(),
  region: z.string().nullable(),
  locality: z.string().nullable(),
  /** Present only with `?cnam=true`; null when no caller name is on file. */
  caller_name: CarrierCallerName.nullable().optional(),
});
export type CarrierLookup = z.infer<typeof CarrierLookup>;
