import { z } from 'zod';
import { E164Schema } from '../inventory/reservations';
import { NumberRefSchema } from '../inventory/number-lifecycle';
import { RoutingCallerSchema } from './routing-patterns';

/** Where inbound calls go. WARNING: persisted (number settings, tenant defaults) and public; add types, never rename one. */
export const VoiceDestinationType = {
  Extension: 'extension',
  Queue: 'queue',
  TeamMember: 'team_member',
  AiAgent: 'ai_agent',
  Voicemail: 'voicemail',
  AutoAttendant: 'auto_attendant',
  SipUri: 'sip_uri',
  Forward: 'forward',
} as const;
export type VoiceDestinationType = (typeof VoiceDestinationType)[keyof typeof VoiceDestinationType];
export const VOICE_DESTINATION_TYPES = Object.values(VoiceDestinationType) as [
  VoiceDestinationType,
  ...VoiceDestinationType[],
];

/** An id of a platform object (queue, team member, AI agent, voicemail box, auto-attendant). */
const ObjectId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'an id: letters, digits, _ or -, at most 64');
const SipUri = z
  .string()
  .max(255)
  .regex(
    /^sips?:([^@\s:;]+(:[^@\s;]*)?@)?[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/i,
    'a SIP URI such as sip:support@pbx.example.com',
  );

const destination = <T extends VoiceDestinationType, S extends z.ZodType>(type: T, target: S) =>
  z.strictObject({ type: z.literal(type), target });

/** `{type, target}`, the target checked per type: digits for an extension, a sip: URI, an E.164 to forward to, else an id. */
export const VoiceDestinationSchema = z.discriminatedUnion('type', [
  destination(VoiceDestinationType.Extension, z.string().regex(/^\d{1,10}$/, 'an extension: 1 to 10 digits')),
  destination(VoiceDestinationType.Queue, ObjectId),
  destination(VoiceDestinationType.TeamMember, ObjectId),
  destination(VoiceDestinationType.AiAgent, ObjectId),
  destination(VoiceDestinationType.Voicemail, ObjectId),
  destination(VoiceDestinationType.AutoAttendant, ObjectId),
  destination(VoiceDestinationType.SipUri, SipUri),
  destination(VoiceDestinationType.Forward, E164Schema),
]);
export type VoiceDestination = z.infer<typeof VoiceDestinationSchema>;

/** What happens to inbound calls flagged as suspicious. WARNING: persisted and public. */
export const InboundCallScreening = {
  Disabled: 'disabled',
  FlagCalls: 'flag_calls',
  RejectCalls: 'reject_calls',
} as const;
export type InboundCallScreening = (typeof InboundCallScreening)[keyof typeof InboundCallScreening];
export const INBOUND_CALL_SCREENINGS = Object.values(InboundCallScreening) as [
  InboundCallScreening,
  ...InboundCallScreening[],
];

/** SMS inbox kinds. WARNING: persisted and public. */
export const SMS_INBOX_TYPES = ['shared_inbox', 'user_inbox'] as const;
/** Who inbound texts go to. WARNING: persisted and public. */
export const SMS_DESTINATION_TYPES = ['team_member', 'team', 'ai_agent', 'webhook'] as const;

export const SmsRoutingSchema = z
  .strictObject({
    enabled: z.boolean(),
    inbox_type: z.enum(SMS_INBOX_TYPES).nullable().default(null),
    inbox: ObjectId.nullable().default(null),
    destinations: z
      .array(z.strictObject({ type: z.enum(SMS_DESTINATION_TYPES), target: ObjectId }))
      .max(10)
      .default([]),
  })
  .superRefine((value, ctx) => {
    if (value.enabled && (!value.inbox_type || !value.inbox)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.inbox_type ? 'inbox' : 'inbox_type'],
        message: 'required when enabled is true',
      });
    }
  });
export type SmsRouting = z.infer<typeof SmsRoutingSchema>;

/** CNAM as carriers store it: at most 15 letters, digits and spaces. */
export const CnamSchema = z
  .string()
  .max(15)
  .regex(/^[A-Za-z0-9 ]*[A-Za-z0-9][A-Za-z0-9 ]*$/, 'letters, digits and spaces (at least one letter or digit)');

/** Upper bound the contract accepts for max_channels; the plan's own maximum (routing config) is checked by routing.settings.validate. */
export const MAX_CHANNELS_LIMIT = 1000;

/**
 * The settings routing owns, as the public `PATCH /v1/numbers/{id}` takes them: only the fields sent
 * change. `null` on cnam_display_name, caller_id, recording, max_channels or voice_destination
 * clears the number's own value, so it inherits the tenant default again (caller_id: the number itself).
 */
export const RoutingSettingsPatchSchema = z.strictObject({
  cnam_display_name: CnamSchema.nullable()
    .optional()
    .describe('Caller ID name on outbound calls (max 15; letters, digits, spaces); null inherits the tenant default.'),
  cnam_lookup_enabled: z.boolean().optional().describe('Look up the caller name of inbound calls (charged per call).'),
  caller_id: E164Schema.nullable()
    .optional()
    .describe(
      'Number shown on outbound calls: this number or another active number of the account; null = this number.',
    ),
  tech_prefix_enabled: z.boolean().optional().describe('Add the technical prefix on SIP signalling.'),
  inbound_call_screening: z
    .enum(INBOUND_CALL_SCREENINGS)
    .optional()
    .describe('disabled, flag_calls (mark suspicious calls) or reject_calls (refuse them).'),
  messaging_enabled: z.boolean().optional().describe('The number can send and receive SMS.'),
  recording: z.boolean().nullable().optional().describe('Record calls; null inherits the tenant default.'),
  max_channels: z
    .number()
    .int()
    .min(1)
    .max(MAX_CHANNELS_LIMIT)
    .nullable()
    .optional()
    .describe("Simultaneous calls, 1 to the plan's maximum; null inherits the tenant default (2 unless set)."),
  voice_destination: VoiceDestinationSchema.nullable()
    .optional()
    .describe("Where inbound calls go; null = unconfigured (the tenant's unconfigured-number behaviour)."),
  sms_routing: SmsRoutingSchema.optional().describe('Inbox and destinations of inbound texts.'),
});
export type RoutingSettingsPatch = z.infer<typeof RoutingSettingsPatchSchema>;

/** Every field of {@link RoutingSettingsPatchSchema}: the gateway's composed PATCH picks these out of the body for routing. */
export const ROUTING_SETTINGS_KEYS = Object.keys(RoutingSettingsPatchSchema.shape) as (keyof RoutingSettingsPatch)[];

/** The settings resolve uses after inheritance (number's own value, else the tenant default, else the platform default). */
export const EffectiveSettingsSchema = z.object({
  cnam_display_name: z.string().nullable(),
  caller_id: z.string(),
  recording: z.boolean(),
  max_channels: z.number().int(),
  configured: z
    .boolean()
    .describe('True when the number has its own voice_destination; else the unconfigured-number behaviour applies.'),
});

/** Routing's part of the PhoneNumber resource: the number's own values (null = inherits) and the effective ones. */
export const NumberSettingsSchema = z.object({
  record_type: z.literal('number_settings'),
  number_id: z.string(),
  phone_number: z.string(),
  cnam_display_name: z.string().nullable(),
  cnam_lookup_enabled: z.boolean(),
  caller_id: z.string().nullable(),
  tech_prefix_enabled: z.boolean(),
  inbound_call_screening: z.enum(INBOUND_CALL_SCREENINGS),
  messaging_enabled: z.boolean(),
  recording: z.boolean().nullable(),
  max_channels: z.number().int().nullable(),
  voice_destination: VoiceDestinationSchema.nullable(),
  sms_routing: SmsRoutingSchema,
  effective: EffectiveSettingsSchema,
  updated_at: z.string().nullable(),
});
export type NumberSettings = z.infer<typeof NumberSettingsSchema>;

export const SettingsGetManyRequestSchema = z.object({
  caller: RoutingCallerSchema,
  number_ids: z.array(z.string().min(1)).max(500),
});
export type SettingsGetManyRequest = z.infer<typeof SettingsGetManyRequestSchema>;

/** Settings of the numbers the caller may see, in request order; others (unknown, someone else's) are absent. */
export const SettingsGetManyReplySchema = z.object({ data: z.array(NumberSettingsSchema) });
export type SettingsGetManyReply = z.infer<typeof SettingsGetManyReplySchema>;

/** `routing.settings.validate` and `routing.settings.apply`. `number_id` is the id (pn_...) or the E.164. */
export const SettingsPatchRequestSchema = z.object({
  caller: RoutingCallerSchema,
  number_id: NumberRefSchema,
  patch: RoutingSettingsPatchSchema,
});
export type SettingsPatchRequest = z.infer<typeof SettingsPatchRequestSchema>;

/** Validate answers the settings as they would be; apply, as they are now and which fields changed. */
export const SettingsPatchReplySchema = z.object({ settings: NumberSettingsSchema, changed: z.array(z.string()) });
export type SettingsPatchReply = z.infer<typeof SettingsPatchReplySchema>;
