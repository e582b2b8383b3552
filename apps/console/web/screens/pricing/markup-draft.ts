import type { CountryCode, PartnerMarkup } from '../../api/types';
import type { NumberType } from '../../api/types';
import { basisPointsToPercent, parseMajorToCents, parsePercentToBasisPoints, shiftLeft } from '../../money';

/** A markup as the form edits it: scopes ('' is every one), the percent and fixed amounts as typed. */
export interface MarkupDraft {
  country_code: string;
  number_type: string;
  percent: string;
  setup: string;
  monthly: string;
  per_minute: string;
  connection: string;
}

/** Each fixed-amount input and the API field it fills, in minor units. */
export const AMOUNT_FIELDS = [
  { draft: 'setup', api: 'setup_fee_cents', label: 'Setup' },
  { draft: 'monthly', api: 'monthly_fee_cents', label: 'Monthly' },
  { draft: 'per_minute', api: 'per_minute_cents', label: 'Per minute' },
  { draft: 'connection', api: 'connection_cents', label: 'Connect fee' },
] as const;

export const EMPTY_DRAFT: MarkupDraft = {
  country_code: '',
  number_type: '',
  percent: '0',
  setup: '0',
  monthly: '0',
  per_minute: '0',
  connection: '0',
};

export function toDraft(m: PartnerMarkup): MarkupDraft {
  const major = (cents: number) => shiftLeft(BigInt(cents), 2);
  return {
    country_code: m.country_code ?? '',
    number_type: m.number_type ?? '',
    percent: basisPointsToPercent(m.percent_basis_points),
    setup: major(m.setup_fee_cents),
    monthly: major(m.monthly_fee_cents),
    per_minute: major(m.per_minute_cents),
    connection: major(m.connection_cents),
  };
}

/**
 * The markup to send, or the errors of what cannot be read, by the API's field names
 * (percent_basis_points, setup_fee_cents...), so they show where the API's own would.
 */
export function fromDraft(d: MarkupDraft): { markup: PartnerMarkup; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const percent = parsePercentToBasisPoints(d.percent || '0');
  if (percent === null) errors.percent_basis_points = 'Enter a percentage with at most two decimals, e.g. 15 or 12.5.';
  const amounts: Record<string, number> = {};
  for (const f of AMOUNT_FIELDS) {
    const cents = parseMajorToCents(d[f.draft] || '0');
    if (cents === null) errors[f.api] = 'Enter an amount with at most two decimals, e.g. 0.50.';
    amounts[f.api] = cents ?? 0;
  }
  return {
    markup: {
      country_code: (d.country_code || null) as CountryCode | null,
      number_type: (d.number_type || null) as NumberType | null,
      percent_basis_points: percent ?? 0,
      setup_fee_cents: amounts.setup_fee_cents,
      monthly_fee_cents: amounts.monthly_fee_cents,
      per_minute_cents: amounts.per_minute_cents,
      connection_cents: amounts.connection_cents,
    },
    errors,
  };
}
