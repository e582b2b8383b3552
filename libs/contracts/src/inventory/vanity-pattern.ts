/**
 * Vanity search patterns. Grammar: `X`/`x` or `*` is any one digit; other letters map to their
 * telephone keypad digit (`FLOWERS` -> 3569377); `-`, `.`, space and parentheses are ignored; digits
 * stand for themselves. Anything else is rejected. Because `X` is the wildcard, a literal keypad 9
 * for W/X/Y/Z must be written as `9` (or W/Y/Z).
 */

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
  2: 'ABC',
  3: 'DEF',
  4: 'GHI',
  5: 'JKL',
  6: 'MNO',
  7: 'PQRS',
  8: 'TUV',
  9: 'WXYZ',
})) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

const SEPARATORS = new Set(['-', '.', ' ', '(', ')']);

/** The longest national number the platform stores (E.164 allows 15 digits with the country code). */
export const MAX_PATTERN_DIGITS = 15;

/** Characters a pattern may contain, for validators that want to report a format rule. */
export const VANITY_PATTERN_CHARS = /^[0-9A-Za-z*.\-() ]+$/;

export class VanityPatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VanityPatternError';
  }
}

export interface CompiledPattern {
  /** The pattern as digits and `_` (one unknown digit), e.g. `877555____`. */
  digits: string;
  /** A SQL LIKE pattern over the national number; it matches the pattern anywhere in it. */
  like: string;
}

/**
 * Compiles a vanity pattern to a SQL LIKE pattern over the national number (digits only). The result
 * contains only digits, `_` and `%`, so it needs no escaping. A pattern as long as the national
 * number therefore matches it exactly; a shorter one matches anywhere inside it.
 */
export function compileVanityPattern(pattern: string): CompiledPattern {
  let digits = '';
  for (const ch of pattern) {
    if (SEPARATORS.has(ch)) continue;
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch === '*' || ch === 'X' || ch === 'x') digits += '_';
    else if (/^[A-Za-z]$/.test(ch)) digits += KEYPAD[ch.toUpperCase()];
    else
      throw new VanityPatternError(
        `illegal character "${ch}": use digits, letters, X or * (any digit) and - . ( ) or spaces`,
      );
  }
  if (digits.length === 0) throw new VanityPatternError('the pattern has no digits, letters or wildcards');
  if (digits.length > MAX_PATTERN_DIGITS)
    throw new VanityPatternError(`the pattern is longer than ${MAX_PATTERN_DIGITS} digits`);
  return { digits, like: `%${digits}%` };
}
