import { NumberType } from '@did/contracts';
import { BlockRule, validBlocks } from './block-validation';
import { NationalTypeMatcher } from './libphonenumber';
import type { NumberBlock } from './number-block';
import { parsePlace } from './place-name';
import { carrierPrefixes, geocodePrefixes } from './prefix-data';
import { disjointPrefixes } from './prefix-leaves';

/** Calling code and national number length of the non-NANP countries the sandbox sells. */
export const INTERNATIONAL_PLANS = {
  GB: { callingCode: '44', length: 10 },
  IN: { callingCode: '91', length: 10 },
} as const;
export type InternationalCountry = keyof typeof INTERNATIONAL_PLANS;

function rule(country: InternationalCountry, types: BlockRule['types'], withNdc: boolean): BlockRule {
  return {
    ...INTERNATIONAL_PLANS[country],
    matcher: new NationalTypeMatcher(country),
    types,
    withNdc,
    maxExtraDigits: 2,
  };
}

/** Mobile ranges: the prefixes libphonenumber's carrier data assigns to a network, kept where the metadata says mobile. */
export function mobileBlocks(country: InternationalCountry): NumberBlock[] {
  const r = rule(country, ['MOBILE', 'FIXED_LINE_OR_MOBILE'], false);
  return disjointPrefixes(carrierPrefixes(r.callingCode)).flatMap(({ prefix }) =>
    validBlocks(prefix, r).map((b) => ({
      prefix: b.prefix,
      freeDigits: r.length - b.prefix.length,
      numberType: NumberType.Mobile,
      region: null,
      locality: null,
      rateCenter: null,
      ndc: null,
      nxx: null,
    })),
  );
}

/**
 * Geographic (local) ranges: the prefixes libphonenumber's geocoding data places in a town, kept
 * where the metadata says fixed line, with the area code libphonenumber formats them with. Ranges
 * that overlap a mobile range are left out so that a number is never sold as both.
 */
export function geographicBlocks(country: InternationalCountry, mobile: readonly NumberBlock[]): NumberBlock[] {
  const r = rule(country, ['FIXED_LINE'], true);
  const mobilePrefixes = new Set(mobile.map((b) => b.prefix));
  const mobileStems = new Set(
    mobile.flatMap((b) => Array.from({ length: b.prefix.length }, (_, i) => b.prefix.slice(0, i + 1))),
  );
  const overlapsMobile = (prefix: string) =>
    mobileStems.has(prefix) ||
    Array.from({ length: prefix.length }, (_, i) => prefix.slice(0, i + 1)).some((p) => mobilePrefixes.has(p));
  return disjointPrefixes(geocodePrefixes(r.callingCode)).flatMap(({ prefix, description }) => {
    const { locality, region } = parsePlace(description);
    return validBlocks(prefix, r)
      .filter((b) => !overlapsMobile(b.prefix))
      .map((b) => ({
        prefix: b.prefix,
        freeDigits: r.length - b.prefix.length,
        numberType: NumberType.Local,
        region,
        locality,
        rateCenter: null,
        ndc: b.ndc,
        nxx: null,
      }));
  });
}

/**
 * Non-geographic national ranges: every 3-digit prefix libphonenumber types as UAN (in Great
 * Britain the 03 numbers, charged like a local call from anywhere). India has no such range for
 * subscribers (its UAN range is telemarketing), so it has none.
 */
export function nationalBlocks(country: InternationalCountry): NumberBlock[] {
  if (country !== 'GB') return [];
  const r = rule(country, ['UAN'], false);
  const blocks: NumberBlock[] = [];
  for (let p = 100; p <= 999; p++) {
    for (const b of validBlocks(String(p), { ...r, maxExtraDigits: 0 })) {
      blocks.push({
        prefix: b.prefix,
        freeDigits: r.length - b.prefix.length,
        numberType: NumberType.National,
        region: null,
        locality: null,
        rateCenter: null,
        ndc: null,
        nxx: null,
      });
    }
  }
  return blocks;
}
