import { Pool } from 'pg';

/** The outcome of one check: its figures (what was counted) and every problem found, one line each. */
export interface CheckResult {
  name: string;
  figures: string;
  problems: string[];
}

/** Read-only SQL over every service's schema of the fleet's database. */
export type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export function queryOn(pool: Pool): Query {
  return async (text, params = []) => (await pool.query(text, params as unknown[])).rows;
}

/** Each row of a violation query as one problem line (the first ten, then how many more). */
export function asProblems(what: string, rows: unknown[]): string[] {
  const lines = rows.slice(0, 10).map((r) => `${what}: ${JSON.stringify(r)}`);
  if (rows.length > 10) lines.push(`${what}: ... ${rows.length - 10} more`);
  return lines;
}
