import { z } from 'zod';

/**
 * Every domain event travels in this envelope. `id` is the JetStream `Nats-Msg-Id` (publish dedup)
 * and the inbox key (consumer dedup), so a redelivered event changes nothing.
 */
export const EventEnvelope = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurred_at: z.iso.datetime({ offset: true }),
  producer: z.string(),
  /** The account the event is about (a tenant or partner); webhooks are delivered to it. */
  account_id: z.string().nullable(),
  /** The partner above `account_id` when it is a tenant, so a partner's endpoints can receive its tenants' events. */
  partner_id: z.string().nullable(),
  /**
   * The connection of the number the event is about, as it was when the event happened (null when the
   * event is about no number, or the number is on no connection): connection-scoped webhook endpoints
   * receive only events whose connection is theirs. Envelopes written before it existed parse as null.
   */
  connection_id: z.string().nullable().default(null),
  data: z.record(z.string(), z.unknown()),
  /**
   * The W3C trace of the work that caused the event (an API call, an RPC, another event) and the
   * gateway's request id when it came from one: consumers, the events they cause and webhook
   * deliveries continue the same trace. Absent when nothing traced caused it.
   */
  trace: z.object({ traceparent: z.string().max(256), request_id: z.string().max(128).optional() }).optional(),
});
/** An envelope as producers write it (connection_id may be left out) and consumers read it after parsing (connection_id then null at least). */
export type EventEnvelope = z.input<typeof EventEnvelope>;
