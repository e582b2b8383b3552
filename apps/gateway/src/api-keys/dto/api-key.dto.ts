import { z } from 'zod';
import { PageQuerySchema } from '../../http/cursor';

export const CreateApiKeyBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('What the key is for, e.g. "billing system".'),
});
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBodySchema>;

export const ListApiKeysQuerySchema = PageQuerySchema.extend({
  include_revoked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Also list revoked keys.'),
});
export type ListApiKeysQuery = z.infer<typeof ListApiKeysQuerySchema>;

export const ApiKeyResponseSchema = z
  .object({
    id: z.string(),
    record_type: z.literal('api_key'),
    account_id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the key, to tell keys apart.'),
    status: z.enum(['active', 'revoked']),
    created_at: z.string(),
    last_used_at: z.string().nullable().describe('Updated at most once a minute.'),
    revoked_at: z.string().nullable(),
  })
  // Component names, so generated clients get ApiKey and CreatedApiKey types.
  .meta({ id: 'ApiKey' });
export type ApiKeyResponse = z.infer<typeof ApiKeyResponseSchema>;

export const CreatedApiKeyResponseSchema = ApiKeyResponseSchema.extend({
  secret: z.string().describe('The key itself. Shown only in this response: store it now.'),
}).meta({ id: 'CreatedApiKey' });
export type CreatedApiKeyResponse = z.infer<typeof CreatedApiKeyResponseSchema>;
