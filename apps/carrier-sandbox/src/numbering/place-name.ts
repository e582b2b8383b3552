/** A place as libphonenumber's geocoder names it, split into locality and region. */
export interface Place {
  locality: string;
  /** `TX` for NANP, `West Bengal` for India; null where the data names only a town (Great Britain). */
  region: string | null;
}

/**
 * Splits a geocoder description: `Austin, TX` -> Austin / TX; `Kolkata, West Bengal` -> Kolkata /
 * West Bengal; `London` -> London / null.
 */
export function parsePlace(description: string): Place {
  const comma = description.lastIndexOf(', ');
  if (comma < 0) return { locality: description, region: null };
  return { locality: description.slice(0, comma), region: description.slice(comma + 2) };
}

/** True for a NANP description naming a city and its two-letter state or province (`Austin, TX`), not just a state (`Texas`). */
export function isNanpCity(description: string): boolean {
  return /^.+, [A-Z]{2}$/.test(description);
}
