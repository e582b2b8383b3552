import type { EntityManager } from '@mikro-orm/postgresql';
import { assertTransition, NumberState } from '@did/contracts';
import { NUMBERS, sql } from '../db/sql';
import { CLEAR_OWNERSHIP_SQL } from './number-rows';

/** Numbers bought but never delivered (unclaimed, or their purchase failed) go back to stock; returns the e164s moved, in order. */
export async function returnToStock(em: EntityManager, e164s: string[], now: Date): Promise<string[]> {
  if (!e164s.length) return [];
  assertTransition(NumberState.PendingPurchase, NumberState.Available);
  const rows = await sql<{ e164: string }>(
    em,
    `update ${NUMBERS} set state = 'available', ${CLEAR_OWNERSHIP_SQL}, updated_at = ? where e164 = any(?) and state = 'pending_purchase' returning e164`,
    [now, e164s],
  );
  return rows.map((r) => r.e164).sort();
}

/**
 * Numbers whose order timed out leave their buyer but stay out of stock (blocked) until the carrier
 * confirms their disconnection: the carrier might still activate them late, and selling one again
 * before then could hand the next buyer a number that gets disconnected under them.
 */
export async function quarantine(em: EntityManager, e164s: string[], now: Date): Promise<string[]> {
  if (!e164s.length) return [];
  assertTransition(NumberState.PendingPurchase, NumberState.Available);
  assertTransition(NumberState.Available, NumberState.Blocked);
  const rows = await sql<{ e164: string }>(
    em,
    `update ${NUMBERS} set state = 'blocked', ${CLEAR_OWNERSHIP_SQL}, updated_at = ? where e164 = any(?) and state = 'pending_purchase' returning e164`,
    [now, e164s],
  );
  return rows.map((r) => r.e164).sort();
}

/** Blocked numbers whose late activation the carrier has undone go back to stock. */
export async function releaseQuarantine(em: EntityManager, e164s: string[], now: Date): Promise<string[]> {
  if (!e164s.length) return [];
  assertTransition(NumberState.Blocked, NumberState.Available);
  const rows = await sql<{ e164: string }>(
    em,
    `update ${NUMBERS} set state = 'available', updated_at = ? where e164 = any(?) and state = 'blocked' returning e164`,
    [now, e164s],
  );
  return rows.map((r) => r.e164).sort();
}
