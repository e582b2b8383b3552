/** A billing cycle is 30 days, billed in advance (not a calendar month: every cycle costs the same and lasts the same). */
export const CYCLE_MS = 30 * 86_400_000;

/** The end of the period that starts at `start`. */
export function periodEnd(start: Date): Date {
  return new Date(start.getTime() + CYCLE_MS);
}

/** When a minimum commitment of `months` (counted as 30-day cycles) ends for a number billed from `startedAt`; null without one. */
export function commitmentEnd(startedAt: Date, months: number): Date | null {
  return months > 0 ? new Date(startedAt.getTime() + months * CYCLE_MS) : null;
}
