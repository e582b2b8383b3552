import { FieldViolation, MAX_NUMBERS_PER_PORT_ORDER } from '@did/contracts';

/**
 * The numbers of an order: `phone_numbers` then every range (`{start, end}`, both ends included),
 * each once, in the order given. Ranges must keep the length and be ascending; the total is capped.
 */
export function expandNumbers(
  phoneNumbers: readonly string[],
  ranges: readonly { start: string; end: string }[],
): { numbers: string[]; violations: FieldViolation[] } {
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  const numbers: string[] = [];
  const add = (e164: string) => {
    if (seen.has(e164)) return;
    seen.add(e164);
    numbers.push(e164);
  };
  phoneNumbers.forEach(add);
  ranges.forEach((range, i) => {
    const field = `ranges[${i}]`;
    if (range.start.length !== range.end.length) {
      violations.push({
        field: `${field}.end`,
        rule: 'same_length',
        message: 'start and end must have the same number of digits',
      });
      return;
    }
    const start = BigInt(range.start.slice(1));
    const end = BigInt(range.end.slice(1));
    if (end < start) {
      violations.push({ field: `${field}.end`, rule: 'gte:start', message: 'end must not be before start' });
      return;
    }
    if (end - start + 1n + BigInt(numbers.length) > BigInt(MAX_NUMBERS_PER_PORT_ORDER)) {
      violations.push({
        field,
        rule: `max_total:${MAX_NUMBERS_PER_PORT_ORDER}`,
        message: `an order carries at most ${MAX_NUMBERS_PER_PORT_ORDER} numbers in all`,
      });
      return;
    }
    for (let n = start; n <= end; n++) add(`+${n.toString().padStart(range.start.length - 1, '0')}`);
  });
  if (!violations.length && numbers.length > MAX_NUMBERS_PER_PORT_ORDER) {
    violations.push({
      field: 'phone_numbers',
      rule: `max_total:${MAX_NUMBERS_PER_PORT_ORDER}`,
      message: `an order carries at most ${MAX_NUMBERS_PER_PORT_ORDER} numbers in all`,
    });
  }
  if (!violations.length && !numbers.length)
    violations.push({ field: 'phone_numbers', rule: 'required', message: 'send phone_numbers or ranges' });
  return { numbers, violations };
}

/** The field of the `index`-th number of an order built by {@link expandNumbers}. */
export function fieldOfNumber(index: number, phoneNumbersCount: number): string {
  return index < phoneNumbersCount ? `phone_numbers[${index}]` : 'ranges';
}
