import { z } from 'zod';
import { E164Schema } from '../inventory/reservations';
import { EMERGENCY_STATUSES } from './emergency';
import { INBOUND_CALL_SCREENINGS, SmsRoutingSchema, VoiceDestinationSchema } from './routing-settings';

/**
 * `routing.resolve`: what the voice edge asks for every call to one of our numbers (`to`). `from` is
 * the calling number (screening). `emergency: true` asks for 911 coverage of `to`, the platform
 * number placing an emergency call.
 */
export const ResolveRequestSchema = z.object({
  to: E164Schema,
  from: z.string().max(64).optional(),
  emergency: z.boolean().optional(),
});
export type ResolveRequest = z.infer<typeof ResolveRequestSchema>;

/** What the edge does with the call. WARNING: the edge branches on these; add actions, never rename one. */
export const ResolveAction = { Route: 'route', Announcement: 'announcement', Reject: 'reject' } as const;
export type ResolveAction = (typeof ResolveAction)[keyof typeof ResolveAction];

export const ScreeningDecision = { Allow: 'allow', Flag: 'flag', Reject: 'reject' } as const;
export type ScreeningDecision = (typeof ScreeningDecision)[keyof typeof ScreeningDecision];

export const ResolveReplySchema = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  owner_account_id: z.string(),
  tenant_account_id: z.string().nullable(),
  /** reject: screening refused the call, or an emergency call without 911 coverage, or the unconfigured behaviour is reject. */
  action: z.enum([ResolveAction.Route, ResolveAction.Announcement, ResolveAction.Reject]),
  reason: z.string().nullable(),
  destination: VoiceDestinationSchema.nullable(),
  announcement: z.string().nullable(),
  configured: z.boolean(),
  caller_id: z.string(),
  cnam: z.string().nullable(),
  cnam_lookup_enabled: z.boolean(),
  tech_prefix_enabled: z.boolean(),
  recording: z.boolean(),
  max_channels: z.number().int(),
  messaging_enabled: z.boolean(),
  screening: z.object({
    mode: z.enum(INBOUND_CALL_SCREENINGS),
    decision: z.enum([ScreeningDecision.Allow, ScreeningDecision.Flag, ScreeningDecision.Reject]),
  }),
  /** Present for emergency requests: covered only with an active emergency address. */
  emergency: z
    .object({
      covered: z.boolean(),
      status: z.enum(EMERGENCY_STATUSES),
      emergency_address_id: z.string().nullable(),
      address: z.string().nullable().describe('The dispatch address on one line, as the carrier stored it.'),
    })
    .nullable(),
});
export type ResolveReply = z.infer<typeof ResolveReplySchema>;

/**
 * `routing.resolve_message`: what the messaging edge asks for every message to or from one of our
 * numbers (`phone_number`), inbound or outbound, before it delivers or sends it.
 */
export const ResolveMessageRequestSchema = z.object({
  phone_number: E164Schema,
});
export type ResolveMessageRequest = z.infer<typeof ResolveMessageRequestSchema>;

/** What the edge does with a message. WARNING: the edge branches on these; add actions, never rename one. */
export const MessageAction = { Deliver: 'deliver', Reject: 'reject' } as const;
export type MessageAction = (typeof MessageAction)[keyof typeof MessageAction];

/** Why a message is refused. WARNING: the edge and detail records carry these; add reasons, never rename one. */
export const MessageRejectReason = {
  /** The number has messaging_enabled false. */
  MessagingDisabled: 'messaging_disabled',
  /** The carrier gives the number no SMS capability (messaging cannot be enabled on it). */
  SmsNotSupported: 'sms_not_supported',
  /** The payer owes unpaid usage, as for calls. */
  BalanceOwed: 'balance_owed',
} as const;
export type MessageRejectReason = (typeof MessageRejectReason)[keyof typeof MessageRejectReason];

export const ResolveMessageReplySchema = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  owner_account_id: z.string(),
  tenant_account_id: z.string().nullable(),
  /** The connection the number is on (its messaging profile at the edge); null when on none. */
  connection_id: z.string().nullable(),
  action: z.enum([MessageAction.Deliver, MessageAction.Reject]),
  reason: z
    .enum([MessageRejectReason.MessagingDisabled, MessageRejectReason.SmsNotSupported, MessageRejectReason.BalanceOwed])
    .nullable(),
  messaging_enabled: z.boolean(),
  /** Where inbound texts go: the number's stored SMS routing (enabled false: no inbox, the connection alone hears of them). */
  sms_routing: SmsRoutingSchema,
});
export type ResolveMessageReply = z.infer<typeof ResolveMessageReplySchema>;
