import type { PrefixMap } from './prefix-data';

/** A prefix and the description that applies to every number under it. */
export interface PrefixLeaf {
  prefix: string;
  description: string;
}

/**
 * Turns a longest-prefix-wins map into disjoint prefixes: a described prefix that has more specific
 * entries under it is split by its next digit, and only the digits no other entry claims keep its
 * description. Disjoint prefixes are what make the feed's numbers unique.
 *
 * `minLength` forces a split down to that length (6 = NANP area code + exchange). `keep` drops
 * descriptions early, so a NANP area code described only by its state is not split into a
 * thousand exchanges that would all be dropped.
 */
export function disjointPrefixes(
  map: PrefixMap,
  minLength = 0,
  keep: (description: string) => boolean = () => true,
): PrefixLeaf[] {
  const stems = new Set<string>();
  for (const key of map.keys()) for (let len = 1; len < key.length; len++) stems.add(key.slice(0, len));
  const leaves: PrefixLeaf[] = [];
  const visit = (prefix: string, inherited: string | null): void => {
    const own = map.get(prefix);
    const description = own !== undefined ? (keep(own) ? own : null) : inherited;
    if (!stems.has(prefix) && (prefix.length >= minLength || description === null)) {
      if (description !== null) leaves.push({ prefix, description });
      return;
    }
    for (let d = 0; d <= 9; d++) visit(prefix + d, description);
  };
  for (let d = 0; d <= 9; d++) visit(String(d), null);
  return leaves;
}
