import type { EntityManager } from '@mikro-orm/postgresql';

/** Searches and holds are hand-written SQL: row locks, keyset paging and the clock-based availability predicate are clearer there than in the ORM. */
export { sql } from '@did/persistence';

/** The inventory schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const NUMBERS = '"inventory"."numbers"';
export const RESERVATIONS = '"inventory"."reservations"';
export const CARRIER_ORDERS = '"inventory"."carrier_orders"';
export const COMPLIANCE_GATES = '"inventory"."compliance_gates"';

/** The text with `?` placeholders in PostgreSQL's `$n` form, computed once per distinct text (search builds a handful). */
const positional = new Map<string, string>();

/**
 * {@link sql} for the hot read path (search): the same statement and bind parameters, sent on one
 * of the ORM's pooled connections with the driver's own `query`, skipping knex's per-call query
 * object, response processing and events. Outside transactions only.
 */
export async function readSql<T>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const knex = em.getKnex();
  const client = knex.client as unknown as {
    positionBindings(text: string): string;
    acquireConnection(): Promise<PgConnection>;
    releaseConnection(c: PgConnection): Promise<void>;
  };
  let native = positional.get(text);
  if (native === undefined) {
    native = client.positionBindings(text);
    if (positional.size < 1_000) positional.set(text, native);
  }
  const connection = await client.acquireConnection();
  try {
    return (await connection.query(native, params)).rows as T[];
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PgConnection {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
