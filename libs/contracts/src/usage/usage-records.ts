import { z } from 'zod';
import { E164Schema } from '../inventory/reservations';

/**
 * Detail records the voice and messaging edge publishes to JetStream, one per finished call and per
 * message, as plain JSON with `Nats-Msg-Id` = `record_id`. The edge is a service of the platform
 * team outside this repository; these schemas are its contract with usage.
 *
 * WARNING: subjects and the stream name are persisted in JetStream and in the edge's configuration.
 */
export function usageRecordSubject(prefix: string, kind: UsageRecordKind): string {
  return `${prefix}.usage_records.${kind}`;
}

export function allUsageRecordsSubject(prefix: string): string {
  return `${prefix}.usage_records.>`;
}

/** A stream of its own: records are many and never interest the domain-event consumers (webhooks). */
export function usageRecordsStreamName(prefix: string): string {
  return `${prefix.replace(/[^A-Za-z0-9_-]/g, '_').toUpperCase()}_USAGE_RECORDS`;
}

export const UsageRecordKind = { Call: 'call', Message: 'message' } as const;
export type UsageRecordKind = (typeof UsageRecordKind)[keyof typeof UsageRecordKind];
export const USAGE_RECORD_KINDS = Object.values(UsageRecordKind) as [UsageRecordKind, ...UsageRecordKind[]];

export const UsageDirection = { Inbound: 'inbound', Outbound: 'outbound' } as const;
export type UsageDirection = (typeof UsageDirection)[keyof typeof UsageDirection];
export const USAGE_DIRECTIONS = Object.values(UsageDirection) as [UsageDirection, ...UsageDirection[]];

const at = z.iso.datetime({ offset: true });
/** The edge's own id; unique across calls and messages, it is what makes a duplicate a no-op. */
const recordId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only');

/** One finished call, answered or not, to or from a platform number (`phone_number`). */
export const CallRecordV1 = z.object({
  record_id: recordId,
  kind: z.literal(UsageRecordKind.Call),
  phone_number: E164Schema.describe('The platform number the call was to (inbound) or from (outbound).'),
  direction: z.enum(USAGE_DIRECTIONS),
  from: z.string().max(64),
  to: z.string().max(64),
  started_at: at,
  answered_at: at.nullable().describe('null: never answered (refused, busy, no answer): only a CNAM dip is charged.'),
  ended_at: at,
  billable_seconds: z.number().int().min(0).max(172_800).describe('From answer to hang-up, whole seconds.'),
  connection_id: z.string().max(64).nullable(),
  hangup_cause: z
    .string()
    .min(1)
    .max(64)
    .describe(
      'SIP-style cause, e.g. normal_clearing, user_busy, or the resolve reason that refused the call (balance_owed).',
    ),
  cnam_lookup: z.boolean().default(false).describe('The edge looked up the caller name (charged per call).'),
  emergency: z.boolean().default(false).describe('A 911 call: never charged.'),
});
export type CallRecordV1 = z.infer<typeof CallRecordV1>;

/** One message (all its parts) sent from or received by a platform number. */
export const MessageRecordV1 = z.object({
  record_id: recordId,
  kind: z.literal(UsageRecordKind.Message),
  phone_number: E164Schema,
  direction: z.enum(USAGE_DIRECTIONS),
  from: z.string().max(64),
  to: z.string().max(64),
  sent_at: at,
  parts: z.number().int().min(1).max(100),
  connection_id: z.string().max(64).nullable(),
});
export type MessageRecordV1 = z.infer<typeof MessageRecordV1>;

export const UsageRecordV1 = z.discriminatedUnion('kind', [CallRecordV1, MessageRecordV1]);
export type UsageRecordV1 = z.infer<typeof UsageRecordV1>;

/** When a record's usage happened: a call's start, a message's send time. */
export function usageRecordTime(record: UsageRecordV1): Date {
  return new Date(record.kind === UsageRecordKind.Call ? record.started_at : record.sent_at);
}
