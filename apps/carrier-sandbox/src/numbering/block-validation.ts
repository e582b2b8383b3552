import { type LibNumberType, NationalTypeMatcher, parseE164 } from './libphonenumber';

/** What a block must satisfy to be sold: its numbers' length, libphonenumber types, and whether we need its area code. */
export interface BlockRule {
  callingCode: string;
  matcher: NationalTypeMatcher;
  /** National significant number length of every number in the block. */
  length: number;
  types: readonly LibNumberType[];
  /** Geographic numbers carry their area code; the block must be long enough to fix it. */
  withNdc: boolean;
  /** How many digits a prefix may be extended by when only part of it is valid. */
  maxExtraDigits: number;
}

export interface ValidBlock {
  prefix: string;
  ndc: string | null;
}

const SPREAD = '3141592653589793';

/** Suffixes probing the edges and the middle of a block, where numbering plans usually draw their lines. */
function sampleSuffixes(freeDigits: number): string[] {
  if (freeDigits === 0) return [''];
  const rest = freeDigits - 1;
  return [
    '0'.repeat(freeDigits),
    '1' + '0'.repeat(rest),
    '5' + SPREAD.slice(0, rest).padEnd(rest, '7'),
    '9'.repeat(freeDigits),
  ];
}

/**
 * The area code of a number as libphonenumber formats it: the first group of its national format
 * without the trunk prefix (`020 7946 0018` -> `20`), or null if that group is not fixed by `prefix`.
 */
function ndcWithin(rule: BlockRule, prefix: string, suffixes: string[]): string | null {
  const ndcs = new Set(
    suffixes.map(
      (s) =>
        parseE164(`+${rule.callingCode}${prefix}${s}`)
          ?.formatNational()
          .split(/[\s-]/)[0]
          .replace(/\D/g, '')
          .replace(/^0/, '') ?? '',
    ),
  );
  const [ndc] = ndcs;
  return ndcs.size === 1 && ndc.length > 0 && prefix.startsWith(ndc) ? ndc : null;
}

/**
 * Checks a prefix against libphonenumber's metadata by probing a few numbers under it. A prefix whose
 * probes all pass is kept whole; a mixed one is split by its next digit (up to `maxExtraDigits`) so
 * that its valid part is kept. Probing instead of checking each number keeps a million-row feed
 * fast; the feed's tests check generated rows with libphonenumber itself.
 */
export function validBlocks(prefix: string, rule: BlockRule, extra = 0): ValidBlock[] {
  const freeDigits = rule.length - prefix.length;
  if (freeDigits < 0) return [];
  const suffixes = sampleSuffixes(freeDigits);
  let valid = 0;
  for (const suffix of suffixes) {
    const type = rule.matcher.typeOf(prefix + suffix);
    if (type && rule.types.includes(type)) valid++;
  }
  if (valid === suffixes.length) {
    const ndc = rule.withNdc ? ndcWithin(rule, prefix, [suffixes[0], suffixes[suffixes.length - 1]]) : null;
    if (!rule.withNdc || ndc) return [{ prefix, ndc }];
  }
  // Below the data's own prefix, a range with no valid probe at all is not worth splitting further.
  if (extra >= rule.maxExtraDigits || freeDigits === 0 || (extra > 0 && valid === 0)) return [];
  const blocks: ValidBlock[] = [];
  for (let d = 0; d <= 9; d++) blocks.push(...validBlocks(prefix + d, rule, extra + 1));
  return blocks;
}
