import { z } from 'zod';
import { eventDefinition } from '../events/catalog';

/** `*` subscribes an endpoint to every event type, including types added later. */
export const ALL_EVENTS = '*';

const EventTypeSchema = z
  .string()
  .max(100)
  .refine((t) => t === ALL_EVENTS || (eventDefinition(t) !== undefined && !eventDefinition(t)?.internal), {
    message: 'an event type of the catalog (docs/events.md) sent as webhooks, or *',
  });

const fields = {
  url: z
    .string()
    .trim()
    .max(2048)
    .describe('Where events are POSTed: https (http only where the platform allows it for local development).'),
  events: z.array(EventTypeSchema).min(1).max(100).describe('Event types to receive, or ["*"] for all.'),
  connection_id: z.string().trim().min(1).max(100).nullable().describe('Only events about numbers on this connection.'),
  description: z.string().trim().max(500).nullable().describe('Your note about the endpoint.'),
  enabled: z
    .boolean()
    .describe('A disabled endpoint receives nothing; enabling it again resumes its pending deliveries.'),
};

/** Public body of `POST /v1/webhook-endpoints`. */
export const CreateWebhookEndpointBodySchema = z.strictObject({
  url: fields.url,
  events: fields.events.default([ALL_EVENTS]),
  connection_id: fields.connection_id.optional(),
  description: fields.description.optional(),
  enabled: fields.enabled.default(true),
  include_tenants: z
    .boolean()
    .default(false)
    .describe("Partners only: also receive the events of the partner's tenants."),
});
export type CreateWebhookEndpointBody = z.infer<typeof CreateWebhookEndpointBodySchema>;

/** Public body of `PATCH /v1/webhook-endpoints/{id}`: any subset of the fields. */
export const UpdateWebhookEndpointBodySchema = z.strictObject({
  url: fields.url.optional(),
  events: fields.events.optional(),
  connection_id: fields.connection_id.optional(),
  description: fields.description.optional(),
  enabled: fields.enabled.optional(),
  include_tenants: z.boolean().optional(),
});
export type UpdateWebhookEndpointBody = z.infer<typeof UpdateWebhookEndpointBodySchema>;

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };
const endpointRef = { ...callerShape, endpoint_id: z.string().min(1).max(100) };

export const CreateWebhookEndpointRequestSchema = z.object({ ...callerShape, body: CreateWebhookEndpointBodySchema });
export type CreateWebhookEndpointRequest = z.infer<typeof CreateWebhookEndpointRequestSchema>;

export const WebhookEndpointRefRequestSchema = z.object(endpointRef);
export type WebhookEndpointRefRequest = z.infer<typeof WebhookEndpointRefRequestSchema>;

export const UpdateWebhookEndpointRequestSchema = z.object({ ...endpointRef, body: UpdateWebhookEndpointBodySchema });
export type UpdateWebhookEndpointRequest = z.infer<typeof UpdateWebhookEndpointRequestSchema>;

/** Public query of `GET /v1/webhook-endpoints`. */
export const ListWebhookEndpointsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListWebhookEndpointsQuery = z.infer<typeof ListWebhookEndpointsQuerySchema>;

export const ListWebhookEndpointsRequestSchema = z.object({ ...callerShape, ...ListWebhookEndpointsQuerySchema.shape });
export type ListWebhookEndpointsRequest = z.infer<typeof ListWebhookEndpointsRequestSchema>;

export const WebhookEndpointSchema = z.object({
  id: z.string(),
  record_type: z.literal('webhook_endpoint'),
  account_id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  connection_id: z.string().nullable(),
  description: z.string().nullable(),
  include_tenants: z.boolean(),
  enabled: z.boolean(),
  disabled_reason: z
    .enum(['manual', 'gone', 'failing'])
    .nullable()
    .describe('Why the endpoint is disabled: by you, by a 410 answer, or after failing continuously.'),
  secret_rotated_at: z.string().nullable(),
  previous_secret_expires_at: z
    .string()
    .nullable()
    .describe('Until then, deliveries carry a signature with the previous secret too.'),
  created_at: z.string(),
  updated_at: z.string(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

export const CreatedWebhookEndpointSchema = WebhookEndpointSchema.extend({
  secret: z.string().describe('The signing secret (whsec_...). Shown only in this response: store it now.'),
});
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpointSchema>;

export const WebhookEndpointListSchema = z.object({
  data: z.array(WebhookEndpointSchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type WebhookEndpointList = z.infer<typeof WebhookEndpointListSchema>;
