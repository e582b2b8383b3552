import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';

/** Rows that can be paged by (created_at, id): a stable order that new rows never shuffle. */
export interface KeysetRow {
  id: string;
  createdAt: Date;
}

export interface Page<T> {
  data: T[];
  total: number;
  nextCursor: string | null;
}

const CursorShape = z.object({ c: z.iso.datetime({ offset: true }), i: z.string().min(1) });

/** The opaque cursor after `row`: base64url of its sort key. */
export function encodeCursor(row: KeysetRow): string {
  return Buffer.from(JSON.stringify({ c: row.createdAt.toISOString(), i: row.id })).toString('base64url');
}

/** Reads a cursor or fails with a 400 naming `field`. */
export function decodeCursor(value: string, field = 'query.cursor'): { createdAt: Date; id: string } {
  try {
    const parsed = CursorShape.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return { createdAt: new Date(parsed.c), id: parsed.i };
  } catch {
    throw new DomainError(
      ErrorType.InvalidRequest,
      ErrorCode.ValidationFailed,
      'cursor is not a cursor this API returned',
      [{ field, rule: 'cursor', message: 'use meta.next_cursor from the previous page' }],
    );
  }
}

/**
 * One page of `entity` rows matching `where`, oldest first, after `cursor`. Keyset paging: the cost
 * of page N does not grow with N, and rows inserted meanwhile are neither skipped nor repeated.
 */
export async function keysetPage<T extends KeysetRow>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: { limit: number; cursor?: string },
): Promise<Page<T>> {
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const filter = (
    after
      ? {
          $and: [
            where,
            { $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }] },
          ],
        }
      : where
  ) as FilterQuery<T>;
  const [rows, total] = await Promise.all([
    em.find(entity, filter, { orderBy: { createdAt: 'asc', id: 'asc' } as never, limit: page.limit + 1 }),
    em.count(entity, where),
  ]);
  const data = rows.slice(0, page.limit);
  return { data, total, nextCursor: rows.length > page.limit ? encodeCursor(data[data.length - 1]) : null };
}
