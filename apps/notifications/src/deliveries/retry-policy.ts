/** What one attempt came to. `statusCode` is absent when there was no answer (timeout, network, refused address). */
export interface AttemptResult {
  statusCode?: number;
  retryAfter?: string;
  error?: string;
}

export type Verdict =
  | { kind: 'succeeded' }
  /** The endpoint answered 410 Gone: stop, and disable it. */
  | { kind: 'gone' }
  | { kind: 'retry'; at: Date }
  | { kind: 'exhausted' };

/** A 2xx answer: the only kind of success. */
export function isSuccess(result: AttemptResult): boolean {
  return result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;
}

/** Retry-After is honoured up to this long; a larger value would park the delivery beyond the schedule. */
const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/** Milliseconds a Retry-After header asks for (delta-seconds or HTTP-date), or undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now.getTime(), 0), MAX_RETRY_AFTER_MS);
}

/**
 * Decides what follows attempt number `attempt` (1-based): 2xx succeeds; 410 gives up and disables;
 * anything else (3xx, 4xx, 5xx, timeout, network error) retries after `schedule[attempt - 1]`, or
 * after Retry-After when the endpoint asked for longer; past the schedule's end the delivery fails.
 */
export function judgeAttempt(result: AttemptResult, attempt: number, schedule: number[], now: Date): Verdict {
  if (isSuccess(result)) return { kind: 'succeeded' };
  const status = result.statusCode;
  if (status === 410) return { kind: 'gone' };
  const delay = schedule[attempt - 1];
  if (delay === undefined) return { kind: 'exhausted' };
  const asked = status === 429 || status === 503 ? (retryAfterMs(result.retryAfter, now) ?? 0) : 0;
  return { kind: 'retry', at: new Date(now.getTime() + Math.max(delay, asked)) };
}
