import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** The inventory schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const NUMBERS = '"inventory"."numbers"';
export const RESERVATIONS = '"inventory"."reservations"';
export const CARRIER_ORDERS = '"inventory"."carrier_orders"';
export const COMPLIANCE_GATES = '"inventory"."compliance_gates"';

/**
 * Runs parameterised SQL (`?` placeholders, sent to PostgreSQL as bind parameters) on `em`'s
 * transaction when it has one, else on the pool. Searches and holds are hand-written SQL: row locks,
 * keyset paging and the clock-based availability predicate are clearer there than in the ORM.
 */
export async function sql<T>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const runner: Knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const result = (await runner.raw(text, params as Knex.RawBinding[])) as { rows: T[] };
  return result.rows;
}

