import type { EntityManager } from '@mikro-orm/postgresql';
import { ClaimNumbersRequest, DomainError, ErrorCode, ErrorType, SearchAvailableRequest } from '@did/contracts';
import { NUMBERS, sql } from '../db/sql';
import { FREE_AT_SQL } from '../registry/availability';
import { pageQuery } from '../search/search-query';

/** Candidates read per number asked for: rows other buyers hold locked right now are skipped, so read some spare. */
const CANDIDATES_PER_NUMBER = 10;
const MAX_CANDIDATES = 100;

/**
 * Picks `quantity` numbers free right now that match the order's filters, exactly as search would
 * list them (its own SQL picks the candidates), first in e164 order. Rows another transaction has
 * locked are skipped rather than waited for, so concurrent quantity orders in one city each get
 * their own numbers. The picked rows stay locked until the claim commits.
 */
export async function pickFreeNumbers(em: EntityManager, request: ClaimNumbersRequest, now: Date): Promise<string[]> {
  if (request.selection.kind !== 'quantity') throw new Error('pickFreeNumbers needs a quantity selection');
  const { quantity, filters } = request.selection;
  const filter: SearchAvailableRequest = {
    ...filters,
    country_code: request.country_code,
    number_type: request.number_type,
    account_id: request.account_id,
    partner_id: request.partner_id,
    limit: Math.min(quantity * CANDIDATES_PER_NUMBER, MAX_CANDIDATES),
  };
  const page = pageQuery(filter, now, null);
  // Candidates come from search's own query (unlocked); exactly `quantity` of them are then locked, rechecked as still free.
  const rows = await sql<{ e164: string }>(
    em,
    `select n.e164 from ${NUMBERS} n where n.e164 in (select candidates.e164 from (${page.text}) candidates) and ${FREE_AT_SQL}
     order by n.e164 limit ? for update of n skip locked`,
    [...page.params, now, now, quantity],
  );
  const picked = rows.map((r) => r.e164);
  if (picked.length < quantity) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberUnavailable,
      `Only ${picked.length} ${request.number_type} number(s) in ${filters.locality} match these filters right now; the order asked for ${quantity}. Nothing was claimed.`,
      [{ field: 'quantity', rule: 'available', message: `only ${picked.length} of ${quantity} available` }],
    );
  }
  return picked;
}
