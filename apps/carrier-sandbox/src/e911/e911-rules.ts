import { type E911Address, E911InvalidReason, type E911Validation } from '@did/contracts';
import { editDistance, normalizeStreet } from './street-normalizer';

/** Towns by state or province of one country, as the numbering data knows them. */
export type LocalitiesOf = (country: 'US' | 'CA') => ReadonlyMap<string, readonly string[]>;

const POSTAL_CODES = { US: /^\d{5}(-\d{4})?$/, CA: /^([A-Z]\d[A-Z]) ?(\d[A-Z]\d)$/ } as const;

function invalid(reason: E911InvalidReason, suggestions: E911Address[] = []): E911Validation {
  return { valid: false, address: null, reason, suggestions: suggestions.slice(0, 3) };
}

/**
 * Validates a US or Canadian emergency service address against the towns the numbering data knows:
 * a house number, a known state or province, a town in it (else up to 3 nearest names as
 * suggestions), and a postal code in the country's format. A valid address comes back normalized.
 * House number 0 is the test address that is never found.
 */
export function validateE911(input: E911Address, localitiesOf: LocalitiesOf): E911Validation {
  const country = input.country_code.toUpperCase();
  if (country !== 'US' && country !== 'CA') return invalid(E911InvalidReason.CountryNotSupported);
  const address: E911Address = {
    street: normalizeStreet(input.street),
    ...(input.unit ? { unit: normalizeStreet(input.unit) } : {}),
    city: input.city.trim().toUpperCase().replace(/\s+/g, ' '),
    region: input.region.toUpperCase(),
    postal_code: input.postal_code.toUpperCase().trim(),
    country_code: country,
  };
  const house = /^(\d+)[A-Z]? /.exec(address.street);
  if (!house) return invalid(E911InvalidReason.HouseNumberMissing);
  if (Number(house[1]) === 0) return invalid(E911InvalidReason.AddressNotFound);

  const regions = localitiesOf(country);
  const towns = regions.get(address.region);
  if (!towns) {
    const elsewhere = [...regions]
      .filter(([, list]) => list.some((t) => t.toUpperCase() === address.city))
      .map(([region]) => ({ ...address, region }));
    return invalid(E911InvalidReason.RegionUnknown, elsewhere);
  }
  if (!towns.some((t) => t.toUpperCase() === address.city)) {
    const nearest = [...towns]
      .map((t) => ({ city: t.toUpperCase(), distance: editDistance(t.toUpperCase(), address.city) }))
      .sort((a, b) => a.distance - b.distance || a.city.localeCompare(b.city))
      .slice(0, 3)
      .map(({ city }) => ({ ...address, city }));
    return invalid(E911InvalidReason.CityNotFound, nearest);
  }
  const postal = POSTAL_CODES[country].exec(address.postal_code);
  if (!postal) return invalid(E911InvalidReason.PostalCodeInvalid);
  if (country === 'CA') address.postal_code = `${postal[1]} ${postal[2]}`;
  return { valid: true, address, reason: null, suggestions: [] };
}
