import { retryDelayMs } from '@did/messaging';

/** The shortest wait between carrier tries, whatever the poll interval (0 there only turns the timer off). */
const MIN_DELAY_MS = 100;

/** Wait before the next try after `failures` failed carrier calls in a row: the poll interval, doubling per failure, capped. */
export function carrierRetryDelayMs(failures: number, pollIntervalMs: number, maxMs: number): number {
  const base = Math.max(pollIntervalMs, MIN_DELAY_MS);
  return retryDelayMs(failures, Math.max(maxMs, base), base);
}
