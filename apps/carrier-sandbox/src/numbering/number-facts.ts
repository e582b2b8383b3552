import { NumberType } from '@did/contracts';
import { type LibNumberType, parseE164 } from './libphonenumber';
import { isNanpCity, parsePlace } from './place-name';
import { geocodePrefixes, longestPrefixMatch } from './prefix-data';

/** What public numbering data says about any number: validity, country, type and place. */
export interface NumberFacts {
  e164: string;
  valid: boolean;
  country: string | null;
  callingCode: string | null;
  nationalNumber: string | null;
  libType: LibNumberType | null;
  numberType: NumberType | null;
  region: string | null;
  locality: string | null;
}

function numberTypeOf(libType: LibNumberType | null): NumberType | null {
  switch (libType) {
    case 'FIXED_LINE':
    case 'FIXED_LINE_OR_MOBILE':
      return NumberType.Local;
    case 'MOBILE':
      return NumberType.Mobile;
    case 'TOLL_FREE':
      return NumberType.TollFree;
    case 'UAN':
    case 'VOIP':
    case 'PERSONAL_NUMBER':
      return NumberType.National;
    default:
      return null;
  }
}

let npaRegions: Map<string, string> | null = null;

/**
 * The state or province code of a NANP area code, learned from the data's own city entries under
 * it (`512206` = `Austin, TX` -> 512 is TX), for exchanges the data places only by state name.
 */
function regionOfNpa(npa: string): string | null {
  if (!npaRegions) {
    npaRegions = new Map();
    for (const [prefix, description] of geocodePrefixes('1')) {
      if (prefix.length > 3 && isNanpCity(description))
        npaRegions.set(prefix.slice(0, 3), parsePlace(description).region as string);
    }
  }
  return npaRegions.get(npa) ?? null;
}

/** Looks a number up in libphonenumber's metadata and geocoding data. Never throws for a bad number. */
export function describeNumber(e164: string): NumberFacts {
  const parsed = parseE164(e164);
  if (!parsed?.isValid()) {
    return {
      e164,
      valid: false,
      country: parsed?.country ?? null,
      callingCode: null,
      nationalNumber: null,
      libType: null,
      numberType: null,
      region: null,
      locality: null,
    };
  }
  const callingCode = String(parsed.countryCallingCode);
  const nationalNumber = String(parsed.nationalNumber);
  const libType = parsed.getType() ?? null;
  const numberType = numberTypeOf(libType);
  let region: string | null = null;
  let locality: string | null = null;
  const place =
    numberType === NumberType.Local ? longestPrefixMatch(geocodePrefixes(callingCode), nationalNumber) : null;
  if (place && (callingCode !== '1' || isNanpCity(place))) ({ region, locality } = parsePlace(place));
  // NANP descriptions without a city name the state in words ("Texas"); report its code instead.
  else if (place && callingCode === '1') region = regionOfNpa(nationalNumber.slice(0, 3));
  return {
    e164,
    valid: true,
    country: parsed.country ?? null,
    callingCode,
    nationalNumber,
    libType,
    numberType,
    region,
    locality,
  };
}
