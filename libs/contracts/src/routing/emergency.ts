import { z } from 'zod';
import { NumberRefSchema } from '../inventory/number-lifecycle';
import { RoutingCallerSchema } from './routing-patterns';

/** `POST /v1/emergency-addresses`: where a number is for 911 dispatch (US and Canada), checked by the carrier. */
export const CreateEmergencyAddressBodySchema = z.strictObject({
  street_address: z.string().trim().min(1).max(100).describe('House number and street, e.g. 1 Example St.'),
  extended_address: z.string().trim().min(1).max(30).optional().describe('Suite, unit, floor.'),
  locality: z.string().trim().min(1).max(60).describe('City or town.'),
  administrative_area: z.string().trim().length(2).describe('Two-letter state or province, e.g. TX.'),
  postal_code: z.string().trim().min(3).max(10),
  country_code: z.string().trim().length(2).describe('US or CA.'),
});
export type CreateEmergencyAddressBody = z.infer<typeof CreateEmergencyAddressBodySchema>;

/** A suggested correction of an address the carrier could not validate (in the create body's shape). */
export const EmergencyAddressSuggestionSchema = z.object({
  street_address: z.string(),
  extended_address: z.string().optional(),
  locality: z.string(),
  administrative_area: z.string(),
  postal_code: z.string(),
  country_code: z.string(),
});
export type EmergencyAddressSuggestion = z.infer<typeof EmergencyAddressSuggestionSchema>;

/** A stored address, as the carrier normalized it (upper case, standard abbreviations). */
export const EmergencyAddressSchema = EmergencyAddressSuggestionSchema.extend({
  id: z.string(),
  record_type: z.literal('emergency_address'),
  account_id: z.string(),
  extended_address: z.string().nullable(),
  number_count: z.number().int().describe('Numbers whose 911 service uses this address (provisioning or active).'),
  created_at: z.string(),
});
export type EmergencyAddress = z.infer<typeof EmergencyAddressSchema>;

/** Carrier reasons for an invalid address, and the body field each one points at. */
export const EMERGENCY_REASON_FIELDS: Readonly<Record<string, keyof CreateEmergencyAddressBody>> = {
  country_not_supported: 'country_code',
  house_number_missing: 'street_address',
  region_unknown: 'administrative_area',
  city_not_found: 'locality',
  postal_code_invalid: 'postal_code',
  address_not_found: 'street_address',
};

/**
 * `routing.emergency_addresses.create` answers either the stored address or the carrier's rejection
 * (the gateway turns it into 422 emergency_address_invalid with the suggestions).
 */
export const CreateEmergencyAddressReplySchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('created'), address: EmergencyAddressSchema }),
  z.object({
    outcome: z.literal('rejected'),
    reason: z.string(),
    field: z.string(),
    message: z.string(),
    suggestions: z.array(EmergencyAddressSuggestionSchema),
  }),
]);
export type CreateEmergencyAddressReply = z.infer<typeof CreateEmergencyAddressReplySchema>;

export const EmergencyAddressListSchema = z.object({ data: z.array(EmergencyAddressSchema) });
export type EmergencyAddressList = z.infer<typeof EmergencyAddressListSchema>;

/**
 * Emergency service of a number. WARNING: persisted and published. provisioning -> active | failed;
 * active/failed -> deprovisioning -> disabled; disabled is also the state of a number never set up.
 */
export const EmergencyStatus = {
  Provisioning: 'provisioning',
  Active: 'active',
  Failed: 'failed',
  Deprovisioning: 'deprovisioning',
  Disabled: 'disabled',
} as const;
export type EmergencyStatus = (typeof EmergencyStatus)[keyof typeof EmergencyStatus];
export const EMERGENCY_STATUSES = Object.values(EmergencyStatus) as [EmergencyStatus, ...EmergencyStatus[]];

export const NumberEmergencySchema = z.object({
  record_type: z.literal('number_emergency'),
  number_id: z.string(),
  phone_number: z.string(),
  status: z.enum(EMERGENCY_STATUSES),
  emergency_address_id: z.string().nullable(),
  failure_reason: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type NumberEmergency = z.infer<typeof NumberEmergencySchema>;

/** `PUT /v1/numbers/{id}/emergency`. */
export const SetNumberEmergencyBodySchema = z.strictObject({ emergency_address_id: z.string().min(1).max(100) });
export type SetNumberEmergencyBody = z.infer<typeof SetNumberEmergencyBodySchema>;

export const CreateEmergencyAddressRequestSchema = z.object({
  caller: RoutingCallerSchema,
  address: CreateEmergencyAddressBodySchema,
});
export type CreateEmergencyAddressRequest = z.infer<typeof CreateEmergencyAddressRequestSchema>;

export const EmergencyAddressListRequestSchema = z.object({ caller: RoutingCallerSchema });
export type EmergencyAddressListRequest = z.infer<typeof EmergencyAddressListRequestSchema>;

export const EmergencyAddressRefRequestSchema = z.object({
  caller: RoutingCallerSchema,
  emergency_address_id: z.string().min(1).max(100),
});
export type EmergencyAddressRefRequest = z.infer<typeof EmergencyAddressRefRequestSchema>;

/** A number's emergency service or compliance; `number_id` is the id (pn_...) or the E.164. */
export const NumberRefCallerRequestSchema = z.object({ caller: RoutingCallerSchema, number_id: NumberRefSchema });
export type NumberRefCallerRequest = z.infer<typeof NumberRefCallerRequestSchema>;

export const SetNumberEmergencyRequestSchema = NumberRefCallerRequestSchema.extend({
  emergency: SetNumberEmergencyBodySchema,
});
export type SetNumberEmergencyRequest = z.infer<typeof SetNumberEmergencyRequestSchema>;
