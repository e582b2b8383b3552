import { SUPPORTED_COUNTRIES, type SupportedCountry } from '@did/contracts';
import { choose, unitHash } from '../determinism/seeded-hash';
import type { NumberFacts } from '../numbering/number-facts';
import { somePlaceIn } from '../numbering/place-index';

const STREETS = ['MAIN', 'OAK', 'MAPLE', 'CEDAR', 'PARK', 'LAKE', 'HILL', 'CHURCH', 'MILL', 'HIGH', 'STATION', 'RIVER'];
const SUFFIXES = ['ST', 'AVE', 'RD', 'DR', 'LN', 'BLVD'];
const LETTERS = 'ABCEGHJKLMNPRSTVXY';

export interface ServiceAddress {
  street: string;
  city: string;
  region: string | null;
  postal_code: string;
  country_code: string;
}

/** A postal code in the country's format (not necessarily the town's real one). */
function postalCode(country: SupportedCountry, ...parts: string[]): string {
  const digit = (i: number) => String(Math.floor(unitHash(...parts, 'pd', i) * 10));
  const letter = (i: number) => choose([...LETTERS], ...parts, 'pl', i);
  switch (country) {
    case 'US':
      return [1, 2, 3, 4, 5].map(digit).join('').replace(/^0/, '7');
    case 'CA':
      return `${letter(1)}${digit(2)}${letter(3)} ${digit(4)}${letter(5)}${digit(6)}`;
    case 'GB':
      return `${letter(1)}${letter(2)}${digit(3)} ${digit(4)}${letter(5)}${letter(6)}`;
    case 'IN':
      return `${1 + Math.floor(unitHash(...parts, 'pin') * 8)}${[2, 3, 4, 5, 6].map(digit).join('')}`;
  }
}

/**
 * The service address on a number's customer record: in the number's own town when the data places
 * it, else somewhere the carrier serves in that country. Null outside the countries it serves.
 */
export function serviceAddressOf(facts: NumberFacts, seed: string): ServiceAddress | null {
  const country = facts.country as SupportedCountry;
  if (!facts.valid || !SUPPORTED_COUNTRIES.includes(country)) return null;
  const place = facts.locality
    ? { locality: facts.locality, region: facts.region }
    : somePlaceIn(country, seed, facts.e164);
  const house = 100 + Math.floor(unitHash(seed, 'house', facts.e164) * 9800);
  return {
    street: `${house} ${choose(STREETS, seed, 'street', facts.e164)} ${choose(SUFFIXES, seed, 'suffix', facts.e164)}`,
    city: place.locality,
    region: place.region,
    postal_code: postalCode(country, seed, facts.e164),
    country_code: country,
  };
}
