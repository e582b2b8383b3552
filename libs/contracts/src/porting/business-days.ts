/** Dates of port orders are calendar dates (`YYYY-MM-DD`, UTC); business days are Monday to Friday. */

/** True for a real calendar date that is a Monday to Friday. */
export function isBusinessDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return false;
  const day = d.getUTCDay();
  return day !== 0 && day !== 6;
}

/** The date `days` business days after the day of `from` (UTC). */
export function addBusinessDays(from: Date, days: number): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** The instant a FOC date starts (00:00 UTC): numbers move then. */
export function focInstant(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
