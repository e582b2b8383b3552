import { compileVanityPattern, SEARCH_COUNT_CAP, SearchAvailableRequest } from '@did/contracts';
import { NUMBERS } from '../db/sql';
import { FREE_AT_SQL } from '../registry/availability';

export interface BuiltQuery {
  text: string;
  params: unknown[];
}

/** Filters shared by the page and the count: every condition is a bind parameter, never spliced text. */
function whereClause(filter: SearchAvailableRequest, now: Date): BuiltQuery {
  const conditions = ['n.country_code = ?', FREE_AT_SQL];
  const params: unknown[] = [filter.country_code, now, now];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.number_type) add('n.number_type = ?', filter.number_type);
  if (filter.region) add('lower(n.region) = lower(?)', filter.region);
  if (filter.locality) add('lower(n.locality) = lower(?)', filter.locality);
  if (filter.rate_center) add('lower(n.rate_center) = lower(?)', filter.rate_center);
  if (filter.national_destination_code) add('n.ndc = ?', filter.national_destination_code);
  if (filter.nxx) add('n.nxx = ?', filter.nxx);
  if (filter.features?.length) add('n.capabilities @> ?::text[]', filter.features);
  // Inputs are digits only (validated), so they are safe inside LIKE without escaping.
  if (filter.starts_with) add('n.national_number like ?', `${filter.starts_with}%`);
  if (filter.ends_with) add('n.national_number like ?', `%${filter.ends_with}`);
  if (filter.contains) add('n.national_number like ?', `%${filter.contains}%`);
  if (filter.pattern) add('n.national_number like ?', compileVanityPattern(filter.pattern).like);
  return { text: conditions.join(' and '), params };
}

/** One page in e164 order after `afterE164` (keyset: page N costs what page 1 costs); one extra row tells whether a next page exists. */
export function pageQuery(filter: SearchAvailableRequest, now: Date, afterE164: string | null): BuiltQuery {
  const where = whereClause(filter, now);
  const after = afterE164 ? ' and n.e164 > ?' : '';
  return {
    text: `select n.e164, n.country_code, n.region, n.locality, n.rate_center, n.ndc, n.number_type, n.capabilities,
             n.wholesale_setup_cents, n.wholesale_monthly_cents, n.wholesale_currency
           from ${NUMBERS} n where ${where.text}${after} order by n.e164 limit ?`,
    params: [...where.params, ...(afterE164 ? [afterE164] : []), filter.limit + 1],
  };
}

/** How many numbers match, counted up to SEARCH_COUNT_CAP + 1: an exact count over a million rows would cost more than the page. */
export function countQuery(filter: SearchAvailableRequest, now: Date): BuiltQuery {
  const where = whereClause(filter, now);
  return { text: `select count(*)::int as total from (select 1 from ${NUMBERS} n where ${where.text} limit ?) matched`, params: [...where.params, SEARCH_COUNT_CAP + 1] };
}
