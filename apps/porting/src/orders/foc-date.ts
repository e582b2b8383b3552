import { addBusinessDays, FieldViolation, isBusinessDay } from '@did/contracts';

/** A requested FOC date must be a business day at least `minLeadDays` business days after today (UTC). */
export function focDateViolation(
  date: string,
  now: Date,
  minLeadDays: number,
  field = 'requested_foc_date',
): FieldViolation | null {
  if (!isBusinessDay(date))
    return { field, rule: 'business_day', message: `${date} is not a business day (Monday to Friday)` };
  const earliest = addBusinessDays(now, minLeadDays);
  if (date < earliest)
    return {
      field,
      rule: `min:${earliest}`,
      message: `the carrier needs ${minLeadDays} business days: ${earliest} at the earliest`,
    };
  return null;
}
