import { NumberType, type SupportedCountry } from '@did/contracts';
import { choose } from '../determinism/seeded-hash';
import { countryBlocks } from './number-catalogue';

/** A town and its state, province or region, as the numbering data names them. */
export interface KnownPlace {
  locality: string;
  region: string | null;
}

const byCountry = new Map<SupportedCountry, Map<string, string[]>>();

/**
 * The places a country's local numbers are in, by region (`TX` -> `Austin`, `Round Rock`, ...).
 * Built from the same data as the feed, so E911 and CSR addresses are in towns the carrier serves.
 */
export function localitiesByRegion(country: SupportedCountry): ReadonlyMap<string, readonly string[]> {
  let index = byCountry.get(country);
  if (!index) {
    const sets = new Map<string, Set<string>>();
    for (const block of countryBlocks(country)[NumberType.Local] ?? []) {
      if (!block.locality) continue;
      const region = block.region ?? '';
      if (!sets.has(region)) sets.set(region, new Set());
      sets.get(region)?.add(block.locality);
    }
    index = new Map([...sets].map(([region, set]) => [region, [...set].sort()]));
    byCountry.set(country, index);
  }
  return index;
}

/** A stable "somewhere in the country" for numbers without a place of their own (toll-free, mobile). */
export function somePlaceIn(country: SupportedCountry, ...parts: string[]): KnownPlace {
  const index = localitiesByRegion(country);
  const region = choose([...index.keys()], ...parts, 'region');
  return { locality: choose(index.get(region) ?? [], ...parts, 'locality'), region: region || null };
}
