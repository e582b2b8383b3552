import { z } from 'zod';
import { COMPLIANCE_STATUSES } from './compliance';
import { EMERGENCY_STATUSES } from './emergency';

const at = z.iso.datetime({ offset: true });

/** Routing settings of a number changed; `changes` holds each changed field with its new value. */
export const NumberRoutingUpdatedV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
  changes: z.record(z.string(), z.unknown()),
  updated_at: at,
});
export type NumberRoutingUpdatedV1 = z.infer<typeof NumberRoutingUpdatedV1>;

/** An account's defaults for its numbers changed; `changes` holds each changed field with its new value. */
export const AccountDefaultsUpdatedV1 = z.object({
  account_id: z.string(),
  changes: z.record(z.string(), z.unknown()),
  updated_at: at,
});
export type AccountDefaultsUpdatedV1 = z.infer<typeof AccountDefaultsUpdatedV1>;

export const EmergencyAddressCreatedV1 = z.object({
  emergency_address_id: z.string(),
  account_id: z.string(),
  country_code: z.string(),
  created_at: at,
});
export type EmergencyAddressCreatedV1 = z.infer<typeof EmergencyAddressCreatedV1>;

export const EmergencyAddressDeletedV1 = z.object({
  emergency_address_id: z.string(),
  account_id: z.string(),
  deleted_at: at,
});
export type EmergencyAddressDeletedV1 = z.infer<typeof EmergencyAddressDeletedV1>;

/** A number's emergency (911) service moved to `status`. */
export const NumberEmergencyUpdatedV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
  status: z.enum(EMERGENCY_STATUSES),
  previous_status: z.enum(EMERGENCY_STATUSES),
  emergency_address_id: z.string().nullable(),
  failure_reason: z.string().nullable(),
  updated_at: at,
});
export type NumberEmergencyUpdatedV1 = z.infer<typeof NumberEmergencyUpdatedV1>;

/** End-user details or documents of a number were put on file; `status` says whether its country's requirements are met. */
export const NumberComplianceUpdatedV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
  country_code: z.string(),
  status: z.enum(COMPLIANCE_STATUSES),
  missing: z.array(z.string()),
  updated_at: at,
});
export type NumberComplianceUpdatedV1 = z.infer<typeof NumberComplianceUpdatedV1>;
