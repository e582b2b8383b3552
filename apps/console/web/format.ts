import { formatCents, formatCentsDecimal, formatMicros } from './money';

/** Minor units to a price in the currency, e.g. 1250 USD -> $12.50 (exact: see money.ts). */
export function money(cents: number | null | undefined, currency: string | null | undefined): string {
  if (cents === null || cents === undefined) return '—';
  return formatCents(cents, currency);
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** +15125550100 -> +1 (512) 555-0100 for NANP numbers; others as they are. */
export function prettyNumber(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `+1 (${m[1]}) ${m[2]}-${m[3]}` : e164;
}

export function label(value: string | null | undefined): string {
  if (!value) return '—';
  return value.replace(/_/g, ' ');
}

/** An exact decimal of minor units ("1.275000") as a price, with sub-cent digits when there are any: $0.01275. */
export function moneyDecimal(centsDecimal: string | null | undefined, currency: string | null | undefined): string {
  if (centsDecimal === null || centsDecimal === undefined) return '—';
  return formatCentsDecimal(centsDecimal, currency);
}

/** A usage rate in micro-units (millionths of a minor unit) as a price: 850000 USD -> $0.0085. */
export function moneyMicros(micros: number | null | undefined, currency: string | null | undefined): string {
  if (micros === null || micros === undefined) return '—';
  return formatMicros(micros, currency);
}

/** Seconds as m:ss (1:05). */
export function duration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
