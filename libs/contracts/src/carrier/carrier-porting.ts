import { z } from 'zod';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { CarrierE164, carrierNumberList } from './carrier-common';

/** Why a number cannot be ported in. WARNING: porting branches on these. */
export const NotPortableReason = {
  InvalidNumber: 'invalid_number',
  CountryNotSupported: 'country_not_supported',
  CarrierNotSupported: 'losing_carrier_not_supported',
  RateCenterNotSupported: 'rate_center_not_supported',
} as const;
export type NotPortableReason = (typeof NotPortableReason)[keyof typeof NotPortableReason];

/** `POST /v1/portability`. */
export const PortabilityBody = z.strictObject({ phone_numbers: carrierNumberList(100) });
export type PortabilityBody = z.infer<typeof PortabilityBody>;

export const PortabilityResult = z.object({
  phone_number: CarrierE164,
  portable: z.boolean(),
  /** On-net ports complete same day without a FOC wait. */
  fast_portable: z.boolean(),
  not_portable_reason: z.enum(Object.values(NotPortableReason) as [NotPortableReason, ...NotPortableReason[]]).nullable(),
  country_code: z.string().length(2).nullable(),
  number_type: z.enum(NUMBER_TYPES).nullable(),
  losing_carrier: z.object({ name: z.string() }).nullable(),
});
export type PortabilityResult = z.infer<typeof PortabilityResult>;

export const PortabilityResponse = z.object({ data: z.array(PortabilityResult) });
export type PortabilityResponse = z.infer<typeof PortabilityResponse>;

/** `POST /v1/csr`: the customer service record the losing carrier holds for a number. */
export const CsrBody = z.strictObject({ phone_number: CarrierE164 });
export type CsrBody = z.infer<typeof CsrBody>;

export const CsrUnavailableReason = { NotPortable: 'number_not_portable', NotAvailable: 'csr_not_available' } as const;
export type CsrUnavailableReason = (typeof CsrUnavailableReason)[keyof typeof CsrUnavailableReason];

export const CsrAddress = z.object({
  street: z.string(),
  city: z.string(),
  region: z.string().nullable(),
  postal_code: z.string(),
  country_code: z.string().length(2),
});

export const CsrResponse = z.object({
  phone_number: CarrierE164,
  available: z.boolean(),
  /** Why there is no record (null when `available`). */
  reason: z.enum([CsrUnavailableReason.NotPortable, CsrUnavailableReason.NotAvailable]).nullable(),
  account_name: z.string().nullable(),
  account_number: z.string().nullable(),
  billing_telephone_number: CarrierE164.nullable(),
  service_address: CsrAddress.nullable(),
  losing_carrier: z.object({ name: z.string() }).nullable(),
});
export type CsrResponse = z.infer<typeof CsrResponse>;
