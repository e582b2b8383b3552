import { z } from 'zod';

/** Query parameters every list accepts. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** The envelope of every list response. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }) });
}
