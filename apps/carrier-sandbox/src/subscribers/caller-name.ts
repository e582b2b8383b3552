import { choose, unitHash } from '../determinism/seeded-hash';
import type { NumberFacts } from '../numbering/number-facts';
import { rateCenterFor } from '../numbering/nanp';

const SURNAMES = [
  'SMITH',
  'JOHNSON',
  'GARCIA',
  'PATEL',
  'NGUYEN',
  'BROWN',
  'MARTIN',
  'LEE',
  'WILSON',
  'TAYLOR',
  'SINGH',
  'CLARKE',
];
const INITIALS = 'ABCDEFGHJKLMNPRSTW';
const TRADES = ['DENTAL', 'PLUMBING', 'AUTO', 'LAW', 'REALTY', 'BAKERY', 'CLINIC', 'FLORIST', 'HVAC', 'PIZZA'];

export interface CallerName {
  name: string;
  type: 'business' | 'consumer';
}

/**
 * The CNAM (caller name) on file for a number, or null when none is (about 1 in 5). Names follow
 * CNAM conventions: upper case, 15 characters at most; businesses are named after their town.
 * Toll-free numbers are always businesses.
 */
export function callerNameOf(facts: NumberFacts, seed: string): CallerName | null {
  if (!facts.valid) return null;
  const h = unitHash(seed, 'cnam', facts.e164);
  if (h < 0.2) return null;
  const business = facts.numberType === 'toll_free' || h < 0.55;
  if (business) {
    const town = facts.locality ? rateCenterFor(facts.locality).replace(/ /g, '').slice(0, 8) : 'METRO';
    return { name: `${town} ${choose(TRADES, seed, 'trade', facts.e164)}`.slice(0, 15), type: 'business' };
  }
  return {
    name: `${choose(SURNAMES, seed, 'surname', facts.e164)} ${choose([...INITIALS], seed, 'initial', facts.e164)}`.slice(
      0,
      15,
    ),
    type: 'consumer',
  };
}
