import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Runs parameterised SQL (`?` placeholders) on `em`'s transaction when it has one, else on the pool,
 * with the parameters sent to PostgreSQL as bind parameters. Not `em.getConnection().execute(text,
 * params)`: that spells every parameter out into the statement text (escaping each string in
 * JavaScript), which for a batch's JSON parameter of tens of kilobytes costs more than the statement.
 */
export async function sql<T>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const runner: Knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const result = (await runner.raw(text, params as Knex.RawBinding[])) as { rows: T[] };
  return result.rows;
}

/** A timestamp column of a row read with {@link sql} (MikroORM has the driver return timestamps as text; a Date passes through), as a Date; null stays null. */
export function asDate(value: Date | string): Date;
export function asDate(value: Date | string | null): Date | null;
export function asDate(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}
