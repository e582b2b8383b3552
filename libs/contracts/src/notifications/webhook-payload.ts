import { z } from 'zod';

/**
 * The JSON body of every webhook POST. `id` is the event id, also sent as the `webhook-id` header.
 * WARNING: public contract of every customer's receiver; only ever add optional fields.
 */
export const WebhookPayloadSchema = z.object({
  id: z.string(),
  type: z.string(),
  occurred_at: z.string(),
  account_id: z.string(),
  connection_id: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;
