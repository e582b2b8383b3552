import { z } from 'zod';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { CarrierE164, carrierNumberList } from './carrier-common';

/** Why a number cannot be ported in. WARNING: porting branches on these. */
export const NotPortableReason = {
  InvalidNumber: 'invalid_number',
  CountryNotSupported: 'country_not_supported',
  CarrierNotSupported: 'losing_carrier_not_supported',
  RateCenterNotSupported: 'rate_center_not_supported',
  NumberNotActive: 'number_not_active',
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
  not_portable_reason: z
    .enum(Object.values(NotPortableReason) as [NotPortableReason, ...NotPortableReason[]])
    .nullable(),
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

/** Port-in orders at the carrier (`/v1/port-orders`). WARNING: porting branches on these statuses. */
export const CarrierPortStatus = {
  Submitted: 'submitted',
  InProgress: 'in_progress',
  Approved: 'approved',
  Exception: 'exception',
  Completed: 'completed',
  Cancelled: 'cancelled',
  /** Every number was refused. */
  Rejected: 'rejected',
} as const;
export type CarrierPortStatus = (typeof CarrierPortStatus)[keyof typeof CarrierPortStatus];
export const CARRIER_PORT_STATUSES = Object.values(CarrierPortStatus) as [CarrierPortStatus, ...CarrierPortStatus[]];

/** `GET /v1/port-orders/rules`: what a port order must respect. */
export const CarrierPortRules = z.object({ min_foc_lead_business_days: z.number().int().min(0) });
export type CarrierPortRules = z.infer<typeof CarrierPortRules>;

const portDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-03-06');
const CarrierPortEndUser = z.object({
  name: z.string().min(1).max(120),
  account_number: z.string().min(1).max(64),
  pin: z.string().max(12).nullable().optional(),
  service_address: z.record(z.string(), z.unknown()),
});

/** `POST /v1/port-orders`: idempotent on `reference`. */
export const CreateCarrierPortOrderBody = z.strictObject({
  reference: z.string().min(1).max(200),
  phone_numbers: z.array(CarrierE164).min(1).max(1000),
  requested_foc_date: portDate,
  end_user: CarrierPortEndUser,
});
export type CreateCarrierPortOrderBody = z.infer<typeof CreateCarrierPortOrderBody>;

/** `POST /v1/port-orders/{id}/supplement`: corrected details after an exception; the order goes back to review. */
export const SupplementCarrierPortOrderBody = z.strictObject({
  phone_numbers: z.array(CarrierE164).min(1).max(1000).optional(),
  requested_foc_date: portDate.optional(),
  end_user: CarrierPortEndUser.optional(),
});
export type SupplementCarrierPortOrderBody = z.infer<typeof SupplementCarrierPortOrderBody>;

export const CarrierPortNumberStatus = {
  Pending: 'pending',
  Rejected: 'rejected',
  Ported: 'ported',
  Cancelled: 'cancelled',
} as const;

/** One step of a carrier port order, in order; porting applies each step it has not seen yet. */
export const CarrierPortEvent = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  status: z.enum(CARRIER_PORT_STATUSES),
  note: z.string(),
  foc_date: portDate.nullable(),
  exception_code: z.string().nullable(),
  /** Numbers refused at this step, with why. */
  rejected: z.array(z.object({ phone_number: z.string(), reason: z.string() })),
});
export type CarrierPortEvent = z.infer<typeof CarrierPortEvent>;

export const CarrierPortOrder = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(CARRIER_PORT_STATUSES),
  losing_carrier: z.string().nullable(),
  requested_foc_date: portDate,
  foc_date: portDate.nullable(),
  exception: z.object({ code: z.string(), message: z.string() }).nullable(),
  numbers: z.array(
    z.object({
      phone_number: z.string(),
      status: z.enum(['pending', 'rejected', 'ported', 'cancelled']),
      reason: z.string().nullable(),
    }),
  ),
  history: z.array(CarrierPortEvent),
  created_at: z.string(),
  updated_at: z.string(),
});
export type CarrierPortOrder = z.infer<typeof CarrierPortOrder>;

/** Admin (tests): approve with an optional FOC date, raise an exception, move the FOC date, complete. */
export const AdminPortApproveBody = z.strictObject({ foc_date: portDate.optional() });
export const AdminPortExceptionBody = z.strictObject({
  code: z.string().min(1).max(60),
  message: z.string().max(500).optional(),
});
export const AdminPortFocBody = z.strictObject({ foc_date: portDate });
