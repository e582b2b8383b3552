/**
 * Exact money: amounts stay integers (minor units, micro-units) or decimal strings, and are shifted by
 * string and BigInt arithmetic, never by floating division. Intl formats a decimal string exactly
 * (ECMA-402 2023), so $0.0102 is never 0.010199999.
 */

/** Every platform currency (USD, CAD, GBP, INR) has two minor digits. */
const MINOR_DIGITS = 2;
/** Micro-units: millionths of a minor unit (850000 = 0.85 cents). */
const MICRO_DIGITS = 6;

/** `digits` places to the left: shiftLeft(1275n, 2) -> "12.75", shiftLeft(-5n, 2) -> "-0.05"; trailing zeros dropped. */
export function shiftLeft(value: bigint, digits: number): string {
  const sign = value < 0n ? '-' : '';
  const abs = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A decimal string of minor units ("1.275") as major units ("0.01275"). */
export function minorToMajor(minorDecimal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(minorDecimal.trim());
  if (!match) throw new RangeError(`"${minorDecimal}" is not a decimal amount`);
  const fraction = match[3] ?? '';
  return shiftLeft(BigInt(`${match[1]}${match[2]}${fraction}`), fraction.length + MINOR_DIGITS);
}

/** A major-unit decimal string in the currency, with as many decimals as it has (at least two). */
function formatMajor(major: string, currency: string | null | undefined): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency ?? 'USD',
    minimumFractionDigits: MINOR_DIGITS,
    maximumFractionDigits: 20,
  }).format(major as Intl.StringNumericLiteral);
}

/** Integer minor units: 1250 USD -> $12.50. */
export function formatCents(cents: number | bigint, currency: string | null | undefined): string {
  return formatMajor(shiftLeft(BigInt(cents), MINOR_DIGITS), currency);
}

/** An exact decimal of minor units ("1.275000") with its sub-cent digits: $0.01275. */
export function formatCentsDecimal(centsDecimal: string, currency: string | null | undefined): string {
  return formatMajor(minorToMajor(centsDecimal), currency);
}

/** Micro-units: 850000 USD -> $0.0085 (0.85 cents). */
export function formatMicros(micros: number | bigint, currency: string | null | undefined): string {
  return formatMajor(shiftLeft(BigInt(micros), MICRO_DIGITS + MINOR_DIGITS), currency);
}

/**
 * What a person typed in major units ("12", "12.5", "0.05") as integer minor units (1200, 1250, 5).
 * Null for anything else: more than two decimals, signs, exponents, empty.
 */
export function parseMajorToCents(text: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(text.trim());
  if (!match) return null;
  const cents = BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(MINOR_DIGITS, '0'));
  return cents <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(cents) : null;
}

/** A percentage as typed ("15", "2.5", "0.25") in basis points (1500, 250, 25); null past two decimals. */
export function parsePercentToBasisPoints(text: string): number | null {
  return parseMajorToCents(text);
}

/** Basis points as a percentage without float error: 1550 -> "15.5". */
export function basisPointsToPercent(basisPoints: number): string {
  return shiftLeft(BigInt(basisPoints), 2);
}
