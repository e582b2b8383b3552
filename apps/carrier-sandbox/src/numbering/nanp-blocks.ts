import { NumberType } from '@did/contracts';
import { NationalTypeMatcher } from './libphonenumber';
import { isValidNxx, rateCenterFor } from './nanp';
import type { NumberBlock } from './number-block';
import { isNanpCity, parsePlace } from './place-name';
import { geocodePrefixes } from './prefix-data';
import { disjointPrefixes } from './prefix-leaves';

/** The NANP toll-free area codes in service (8YY). Toll-free numbers have no place. */
export const TOLL_FREE_NPAS = ['800', '833', '844', '855', '866', '877', '888'] as const;

const NANP_MATCHERS = { US: new NationalTypeMatcher('US'), CA: new NationalTypeMatcher('CA') } as const;

/** True when libphonenumber places this geographic exchange in `country` (its patterns list each country's area codes). */
function isLocalIn(country: 'US' | 'CA', nationalNumber: string): boolean {
  const type = NANP_MATCHERS[country].typeOf(nationalNumber);
  return type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE';
}

/**
 * Local NANP exchanges (NPA-NXX, 10,000 numbers each) of one country, from libphonenumber's
 * geocoding data: each exchange the data places in a city (`Austin, TX`) becomes a block with that
 * city, its state or province, and a rate center derived from the city name. Exchanges the data
 * places only in a state are left out: a number without a locality is not useful stock.
 */
export function nanpLocalBlocks(country: 'US' | 'CA'): NumberBlock[] {
  const blocks: NumberBlock[] = [];
  for (const { prefix, description } of disjointPrefixes(geocodePrefixes('1'), 6, isNanpCity)) {
    const npa = prefix.slice(0, 3);
    const nxx = prefix.slice(3, 6);
    if (!isValidNxx(npa) || !isValidNxx(nxx)) continue;
    const { locality, region } = parsePlace(description);
    if (!isLocalIn(country, `${prefix}5555`)) continue;
    blocks.push({
      prefix,
      freeDigits: 4,
      numberType: NumberType.Local,
      region,
      locality,
      rateCenter: rateCenterFor(locality),
      ndc: npa,
      nxx,
    });
  }
  return blocks;
}

/** Every valid exchange of every toll-free area code that libphonenumber accepts as toll-free. */
export function nanpTollFreeBlocks(): NumberBlock[] {
  const blocks: NumberBlock[] = [];
  for (const npa of TOLL_FREE_NPAS) {
    if (NANP_MATCHERS.US.typeOf(`${npa}2345678`) !== 'TOLL_FREE') continue;
    for (let n = 200; n <= 999; n++) {
      const nxx = String(n);
      if (!isValidNxx(nxx)) continue;
      blocks.push({
        prefix: npa + nxx,
        freeDigits: 4,
        numberType: NumberType.TollFree,
        region: null,
        locality: null,
        rateCenter: null,
        ndc: npa,
        nxx,
      });
    }
  }
  return blocks;
}
