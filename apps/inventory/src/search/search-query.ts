import { compileVanityPattern, SEARCH_COUNT_CAP, SearchAvailableRequest } from '@did/contracts';
import { NUMBERS } from '../db/sql';
import { FREE_AT_SQL } from '../registry/availability';
import { CALLING_CODES } from '../registry/national-number';

/** NANP national numbers are always 10 digits, so a 10-digit pattern can only match from the first digit. */
const NANP_NATIONAL_DIGITS = 10;

/** `877555` -> `877556`; null when all nines (no upper bound of the same length). */
function nextDigits(prefix: string): string | null {
  const digits = prefix.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== '9') {
      digits[i] = String(Number(digits[i]) + 1);
      return digits.join('');
    }
    digits[i] = '0';
  }
  return null;
}

/**
 * The e164 range implied by a fixed start of the national number. Redundant with the LIKE, but it
 * lets the planner read just that slice of the e164 index in page order: without it, an
 * `877-555-XXXX` search walked every toll-free number from +1800 (190k rows at 1M).
 */
function e164Range(country: string, nationalPrefix: string): { condition: string; values: string[] } | null {
  const cc = CALLING_CODES[country];
  if (!cc || nationalPrefix.length < 3) return null;
  const upper = nextDigits(nationalPrefix);
  return upper
    ? { condition: 'n.e164 >= ? and n.e164 < ?', values: [`+${cc}${nationalPrefix}`, `+${cc}${upper}`] }
    : { condition: 'n.e164 >= ?', values: [`+${cc}${nationalPrefix}`] };
}

/** The leading digits a search fixes, when it anchors at the start of the national number. */
function anchoredPrefix(filter: SearchAvailableRequest): string | null {
  if (filter.starts_with) return filter.starts_with;
  if (filter.pattern && CALLING_CODES[filter.country_code] === '1') {
    const { digits } = compileVanityPattern(filter.pattern);
    if (digits.length === NANP_NATIONAL_DIGITS) return digits.split('_')[0];
  }
  return null;
}

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
  const prefix = anchoredPrefix(filter);
  const range = prefix ? e164Range(filter.country_code, prefix) : null;
  if (range) add(range.condition, ...range.values);
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
  return {
    text: `select count(*)::int as total from (select 1 from ${NUMBERS} n where ${where.text} limit ?) matched`,
    params: [...where.params, SEARCH_COUNT_CAP + 1],
  };
}
