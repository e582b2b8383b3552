import { z } from 'zod';

/** Request/reply patterns of connections (inventory). WARNING: subjects callers depend on. */
export const ConnectionPatterns = {
  GetDefault: 'inventory.connections.get_default',
  List: 'inventory.connections.list',
  Get: 'inventory.connections.get',
  Create: 'inventory.connections.create',
  Update: 'inventory.connections.update',
  Delete: 'inventory.connections.delete',
} as const;

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };

const fields = {
  name: z.string().trim().min(1).max(100).describe('A name for the connection.'),
  active: z.boolean().describe('Inactive connections keep their numbers but are shown as such.'),
  webhook_event_url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .describe("Where your systems want this connection's call and message events (informational)."),
};

export const CreateConnectionBodySchema = z.strictObject({
  name: fields.name,
  active: fields.active.default(true),
  webhook_event_url: fields.webhook_event_url.optional(),
});
export type CreateConnectionBody = z.infer<typeof CreateConnectionBodySchema>;

export const UpdateConnectionBodySchema = z
  .strictObject({
    name: fields.name.optional(),
    active: fields.active.optional(),
    webhook_event_url: fields.webhook_event_url.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'send at least one field to change', path: [] });
export type UpdateConnectionBody = z.infer<typeof UpdateConnectionBodySchema>;

export const ListConnectionsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type ListConnectionsQuery = z.infer<typeof ListConnectionsQuerySchema>;

export const ConnectionCallerSchema = z.object(callerShape);
export const CreateConnectionRequestSchema = z.object({ ...callerShape, body: CreateConnectionBodySchema });
export const UpdateConnectionRequestSchema = z.object({
  ...callerShape,
  connection_id: z.string().min(1).max(100),
  body: UpdateConnectionBodySchema,
});
export const ConnectionRefRequestSchema = z.object({ ...callerShape, connection_id: z.string().min(1).max(100) });
export const ListConnectionsRequestSchema = z.object({ ...callerShape, query: ListConnectionsQuerySchema });
export type CreateConnectionRequest = z.infer<typeof CreateConnectionRequestSchema>;
export type UpdateConnectionRequest = z.infer<typeof UpdateConnectionRequestSchema>;
export type ConnectionRefRequest = z.infer<typeof ConnectionRefRequestSchema>;
export type ListConnectionsRequest = z.infer<typeof ListConnectionsRequestSchema>;

export const ConnectionSchema = z.object({
  id: z.string(),
  record_type: z.literal('connection'),
  account_id: z.string(),
  name: z.string(),
  is_default: z.boolean(),
  active: z.boolean(),
  webhook_event_url: z.string().nullable(),
  number_count: z.number().int().describe('Numbers held now that are grouped under it.'),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ConnectionView = z.infer<typeof ConnectionSchema>;

export const ConnectionListSchema = z.object({
  data: z.array(ConnectionSchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type ConnectionList = z.infer<typeof ConnectionListSchema>;
