import { z } from 'zod';

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };
// At most 64 characters: a timestamp with room for fractional seconds, and a bound on what a query may send.
const at = z.iso.datetime({ offset: true }).max(64);

/** Public query of `GET /v1/events`: oldest first, the order to replay them in. */
export const ListEventsQuerySchema = z.strictObject({
  type: z.string().max(100).optional().describe('Only events of this type.'),
  occurred_after: at.optional().describe('Only events that occurred at or after this time (ISO 8601).'),
  occurred_before: at.optional().describe('Only events that occurred before this time (ISO 8601).'),
  include_tenants: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe("Partners: also list the partner's tenants' events."),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListEventsQuery = z.infer<typeof ListEventsQuerySchema>;

// The gateway sends the parsed query: include_tenants arrives as a boolean, not the query string's text.
export const ListEventsRequestSchema = z.object({
  ...callerShape,
  ...ListEventsQuerySchema.shape,
  include_tenants: z.boolean().default(false),
});
export type ListEventsRequest = z.infer<typeof ListEventsRequestSchema>;

/** An event as delivered in a webhook body, plus its record type in the API. */
export const EventRecordSchema = z.object({
  id: z.string(),
  record_type: z.literal('event'),
  type: z.string(),
  version: z.number().int(),
  occurred_at: z.string(),
  account_id: z.string(),
  connection_id: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const EventListSchema = z.object({
  data: z.array(EventRecordSchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type EventList = z.infer<typeof EventListSchema>;
