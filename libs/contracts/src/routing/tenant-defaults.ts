import { z } from 'zod';
import { RoutingCallerSchema } from './routing-patterns';
import { CnamSchema, MAX_CHANNELS_LIMIT, VoiceDestinationSchema } from './routing-settings';

/** What an unconfigured number does with a call. WARNING: persisted and public; add actions, never rename one. */
export const UnconfiguredAction = { Announcement: 'announcement', Reject: 'reject', Route: 'route' } as const;
export type UnconfiguredAction = (typeof UnconfiguredAction)[keyof typeof UnconfiguredAction];

/** The announcement an unconfigured number plays unless its account chose another. */
export const DEFAULT_UNCONFIGURED_ANNOUNCEMENT = 'The number you have called is not configured. Goodbye.';

/** Calls to numbers without a voice_destination: a spoken announcement (the default), a rejection, or one destination for all. */
export const UnconfiguredBehaviourSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal(UnconfiguredAction.Announcement),
    message: z.string().trim().min(1).max(500).default(DEFAULT_UNCONFIGURED_ANNOUNCEMENT),
  }),
  z.strictObject({ action: z.literal(UnconfiguredAction.Reject) }),
  z.strictObject({ action: z.literal(UnconfiguredAction.Route), destination: VoiceDestinationSchema }),
]);
export type UnconfiguredBehaviour = z.infer<typeof UnconfiguredBehaviourSchema>;

/** An account's defaults for its numbers (and the numbers assigned to it), as `GET /v1/accounts/{id}/defaults` shows them. */
export const TenantDefaultsSchema = z.object({
  record_type: z.literal('account_defaults'),
  account_id: z.string(),
  cnam_display_name: z.string().nullable().describe('CNAM of numbers without their own; null: none.'),
  unconfigured_number: UnconfiguredBehaviourSchema,
  recording: z.boolean(),
  max_channels: z.number().int(),
  updated_at: z.string().nullable().describe('null while the account has never changed them (platform defaults).'),
});
export type TenantDefaults = z.infer<typeof TenantDefaultsSchema>;

/** `PATCH /v1/accounts/{id}/defaults`: only the fields sent change. */
export const TenantDefaultsPatchSchema = z.strictObject({
  cnam_display_name: CnamSchema.nullable().optional(),
  unconfigured_number: UnconfiguredBehaviourSchema.optional(),
  recording: z.boolean().optional(),
  max_channels: z.number().int().min(1).max(MAX_CHANNELS_LIMIT).optional().describe("1 to the plan's maximum."),
});
export type TenantDefaultsPatch = z.infer<typeof TenantDefaultsPatchSchema>;

/** The caller acts as the account whose defaults these are (the gateway checked it may). */
export const DefaultsGetRequestSchema = z.object({ caller: RoutingCallerSchema });
export type DefaultsGetRequest = z.infer<typeof DefaultsGetRequestSchema>;

export const DefaultsSetRequestSchema = z.object({ caller: RoutingCallerSchema, patch: TenantDefaultsPatchSchema });
export type DefaultsSetRequest = z.infer<typeof DefaultsSetRequestSchema>;
