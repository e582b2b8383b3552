import { CYCLE_MS } from './billing-cycle';

const DAY_MS = 86_400_000;

/** The renewal rules that depend only on dates: retry schedule, grace period, how far ahead a manual renewal may pay. */
export interface RenewalPolicy {
  /** Wait after the 1st, 2nd, ... failure; the last one repeats. */
  retryScheduleMs: readonly number[];
  graceDays: number;
}

/** When a past-due number's billing ends unless it is paid: the end of its paid period plus the grace period. */
export function releaseAt(paidUntil: Date, policy: RenewalPolicy): Date {
  return new Date(paidUntil.getTime() + policy.graceDays * DAY_MS);
}

/**
 * After the `attempts`-th failed try at `failedAt`: when to try again, never later than the release
 * (the last try is at the release itself), or null once the release has come (billing ends, unpaid).
 */
export function nextRetryAt(failedAt: Date, attempts: number, paidUntil: Date, policy: RenewalPolicy): Date | null {
  const release = releaseAt(paidUntil, policy);
  if (failedAt.getTime() >= release.getTime()) return null;
  const schedule = policy.retryScheduleMs;
  const wait = schedule.length ? schedule[Math.min(attempts, schedule.length) - 1] : DAY_MS;
  return new Date(Math.min(failedAt.getTime() + wait, release.getTime()));
}

/** A manual renewal pays the period after the current one, and no further: refused while that one is already paid. */
export function isPaidAhead(paidUntil: Date, now: Date): boolean {
  return paidUntil.getTime() - now.getTime() > CYCLE_MS;
}
