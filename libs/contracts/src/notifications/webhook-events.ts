import { z } from 'zod';

export const WebhookEndpointDisabledV1 = z.object({
  endpoint_id: z.string(),
  account_id: z.string(),
  url: z.string(),
  reason: z
    .enum(['gone', 'failing'])
    .describe('gone: the endpoint answered 410; failing: it failed continuously for the configured period.'),
  failing_since: z.iso.datetime({ offset: true }).nullable(),
  disabled_at: z.iso.datetime({ offset: true }),
});
export type WebhookEndpointDisabledV1 = z.infer<typeof WebhookEndpointDisabledV1>;
