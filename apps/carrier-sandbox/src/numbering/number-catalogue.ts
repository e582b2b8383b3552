import { NumberType, type SupportedCountry } from '@did/contracts';
import { geographicBlocks, mobileBlocks, nationalBlocks } from './international-blocks';
import { nanpLocalBlocks, nanpTollFreeBlocks } from './nanp-blocks';
import type { NumberBlock } from './number-block';

/** Every block of one country, by number type. */
export type CountryBlocks = Readonly<Partial<Record<NumberType, readonly NumberBlock[]>>>;

function build(country: SupportedCountry): CountryBlocks {
  switch (country) {
    case 'US':
      return { [NumberType.Local]: nanpLocalBlocks('US'), [NumberType.TollFree]: nanpTollFreeBlocks() };
    case 'CA':
      // Toll-free numbers are one NANP-wide pool; the sandbox sells them once, under US.
      return { [NumberType.Local]: nanpLocalBlocks('CA') };
    case 'GB':
    case 'IN': {
      const mobile = mobileBlocks(country);
      return {
        [NumberType.Local]: geographicBlocks(country, mobile),
        [NumberType.Mobile]: mobile,
        [NumberType.National]: nationalBlocks(country),
      };
    }
    default: {
      const unknown: never = country;
      throw new Error(`no numbering plan for ${String(unknown)}`);
    }
  }
}

const cache = new Map<SupportedCountry, CountryBlocks>();

/**
 * The numbering catalogue of a country, built from libphonenumber's data on first use (a second or
 * so per country) and kept for the life of the process: it never changes at run time.
 */
export function countryBlocks(country: SupportedCountry): CountryBlocks {
  let blocks = cache.get(country);
  if (!blocks) {
    blocks = build(country);
    cache.set(country, blocks);
  }
  return blocks;
}
