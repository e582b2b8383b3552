import type { NumberType } from '@did/contracts';

/**
 * A run of numbers that share a prefix and a place: every national number `prefix` followed by
 * `freeDigits` digits. The feed draws its rows from blocks; each block is checked against
 * libphonenumber's metadata once, so single rows need no validation.
 */
export interface NumberBlock {
  /** National significant number prefix (no country calling code), e.g. `512206`. */
  prefix: string;
  freeDigits: number;
  numberType: NumberType;
  region: string | null;
  locality: string | null;
  rateCenter: string | null;
  ndc: string | null;
  nxx: string | null;
}

/** How many numbers a block holds. */
export function blockSize(block: NumberBlock): number {
  return 10 ** block.freeDigits;
}
