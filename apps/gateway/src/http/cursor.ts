import { z } from 'zod';

/** Query parameters every list accepts. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** The `meta` of every list response, whatever service answers it (docs/api/conventions.md). */
export const ListMetaSchema = z
  .object({
    total: z
      .number()
      .int()
      .nullable()
      .describe(
        'Items matching the filters, on every page; null where counting them would mean scanning the registry or the usage records.',
      ),
    next_cursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page; null on the last page (and on lists that are never paged).'),
  })
  .meta({ id: 'ListMeta' });
export type ListMeta = z.infer<typeof ListMetaSchema>;

/** A list envelope as sent: the items and the one meta (a list may add fields of its own to meta, e.g. search's total_capped). */
export type PublicList<T, Extra = object> = { data: T[]; meta: ListMeta & Extra };

/** The envelope of every list response. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: ListMetaSchema });
}

/**
 * The public schema of a contract's list (`{data, meta}` as a service answers it): its items under the one meta, with
 * `extraMeta` for the fields a list adds, under the contract's component name.
 */
export function publicListSchema<S extends z.ZodObject<{ data: z.ZodArray }>>(
  contractList: S,
  extraMeta: z.ZodRawShape = {},
) {
  const id = z.globalRegistry.get(contractList)?.id;
  const meta = Object.keys(extraMeta).length ? ListMetaSchema.extend(extraMeta) : ListMetaSchema;
  const schema = z.object({ data: contractList.shape.data, meta });
  return id ? schema.meta({ id }) : schema;
}

/** A service's list answer in the one envelope: `total` null when the service does not count, `next_cursor` null when it does not page. */
export function publicList<T, Extra extends object = object>(
  data: T[],
  meta: { total?: number | null; next_cursor?: string | null },
  extra?: Extra,
): PublicList<T, Extra> {
  return { data, meta: { total: meta.total ?? null, next_cursor: meta.next_cursor ?? null, ...(extra as Extra) } };
}
