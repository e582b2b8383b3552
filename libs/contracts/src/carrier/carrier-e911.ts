import { z } from 'zod';

/** A service address for emergency calls (US and Canada). */
export const E911Address = z.strictObject({
  street: z.string().trim().min(1).max(100),
  unit: z.string().trim().min(1).max(30).optional(),
  city: z.string().trim().min(1).max(60),
  /** Two-letter state or province code, e.g. TX. */
  region: z.string().trim().min(2).max(2),
  postal_code: z.string().trim().min(3).max(10),
  country_code: z.string().trim().length(2),
});
export type E911Address = z.infer<typeof E911Address>;

/** `POST /v1/e911/validate`. */
export const E911ValidateBody = z.strictObject({ address: E911Address });
export type E911ValidateBody = z.infer<typeof E911ValidateBody>;

export const E911InvalidReason = {
  CountryNotSupported: 'country_not_supported',
  HouseNumberMissing: 'house_number_missing',
  RegionUnknown: 'region_unknown',
  CityNotFound: 'city_not_found',
  PostalCodeInvalid: 'postal_code_invalid',
  AddressNotFound: 'address_not_found',
} as const;
export type E911InvalidReason = (typeof E911InvalidReason)[keyof typeof E911InvalidReason];

/**
 * The answer: `valid` with the address as the carrier will store it (upper case, standard street
 * abbreviations), or not valid with a reason and up to 3 suggested addresses to retry with.
 */
export const E911Validation = z.object({
  valid: z.boolean(),
  address: E911Address.nullable(),
  reason: z.enum(Object.values(E911InvalidReason) as [E911InvalidReason, ...E911InvalidReason[]]).nullable(),
  suggestions: z.array(E911Address).max(3),
});
export type E911Validation = z.infer<typeof E911Validation>;
