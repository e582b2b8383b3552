import { z } from 'zod';

/**
 * A delivery's status: `pending` (due now or at next_attempt_at), `succeeded` (a 2xx answer),
 * `failed` (retries exhausted, or the endpoint answered 410). WARNING: persisted and public.
 */
export const DeliveryStatus = { Pending: 'pending', Succeeded: 'succeeded', Failed: 'failed' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];
export const DELIVERY_STATUSES = Object.values(DeliveryStatus) as [DeliveryStatus, ...DeliveryStatus[]];

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };

/** Public query of `GET /v1/webhook-deliveries`. */
export const ListDeliveriesQuerySchema = z.strictObject({
  endpoint_id: z.string().max(100).optional().describe('Only deliveries to this endpoint.'),
  event_type: z.string().max(100).optional().describe('Only deliveries of this event type.'),
  status: z.enum(DELIVERY_STATUSES).optional().describe('Only deliveries in this status.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListDeliveriesQuery = z.infer<typeof ListDeliveriesQuerySchema>;

export const ListDeliveriesRequestSchema = z.object({ ...callerShape, ...ListDeliveriesQuerySchema.shape });
export type ListDeliveriesRequest = z.infer<typeof ListDeliveriesRequestSchema>;

export const DeliveryRefRequestSchema = z.object({ ...callerShape, delivery_id: z.string().min(1).max(100) });
export type DeliveryRefRequest = z.infer<typeof DeliveryRefRequestSchema>;

export const DeliveryAttemptSchema = z.object({
  attempted_at: z.string(),
  status_code: z
    .number()
    .int()
    .nullable()
    .describe('The HTTP status answered; null when there was no answer (timeout, network error, refused address).'),
  latency_ms: z.number().int(),
  error: z.string().nullable(),
  trace_id: z
    .string()
    .nullable()
    .describe(
      'The W3C trace id the POST carried in `traceparent`: the one of the API call that caused the event (its access log line has it too). Null for events no traced call caused.',
    ),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttemptSchema>;

export const DeliverySchema = z.object({
  id: z.string(),
  record_type: z.literal('webhook_delivery'),
  endpoint_id: z.string(),
  event_id: z
    .string()
    .describe('Also the webhook-id header: the same on every attempt, so receivers can drop duplicates.'),
  event_type: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempt_count: z.number().int(),
  next_attempt_at: z.string().nullable(),
  attempts: z.array(DeliveryAttemptSchema),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const DeliveryListSchema = z.object({
  data: z.array(DeliverySchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type DeliveryList = z.infer<typeof DeliveryListSchema>;
