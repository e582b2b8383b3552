import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** The routing schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const NUMBERS = '"routing"."numbers"';
export const NUMBER_SETTINGS = '"routing"."number_settings"';
export const ACCOUNT_DEFAULTS = '"routing"."account_defaults"';
export const EMERGENCY_ADDRESSES = '"routing"."emergency_addresses"';
export const NUMBER_EMERGENCY = '"routing"."number_emergency"';
export const NUMBER_COMPLIANCE = '"routing"."number_compliance"';

/** Runs parameterised SQL (`?` placeholders) on `em`'s transaction when it has one, else on the pool. */
export async function sql<T>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const runner: Knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const result = (await runner.raw(text, params as Knex.RawBinding[])) as { rows: T[] };
  return result.rows;
}
