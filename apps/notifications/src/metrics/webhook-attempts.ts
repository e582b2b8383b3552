import { processCounter } from '@did/service-kit';
import type { AttemptResult } from '../deliveries/retry-policy';

/**
 * What one webhook attempt came to, as far as the sender can tell, a few values only (never a URL
 * or an account): `delivered` (2xx); `gone` (410: the endpoint is disabled); `http_3xx`, `http_4xx`,
 * `http_5xx` (any other answer: redirects are not followed); `timeout` (no whole answer within
 * WEBHOOK_TIMEOUT_MS); `blocked` (the URL or the address it resolves to is not allowed: SSRF guard);
 * `connection_error` (refused, reset, DNS failure...); `internal_error` (the attempt could not be made).
 */
export type AttemptOutcomeLabel =
  | 'delivered'
  | 'gone'
  | 'http_3xx'
  | 'http_4xx'
  | 'http_5xx'
  | 'timeout'
  | 'blocked'
  | 'connection_error'
  | 'internal_error';

const attempts = processCounter(
  'did_webhook_attempts_total',
  'Webhook attempts finished, by outcome (delivered, gone, http_3xx|4xx|5xx, timeout, blocked, connection_error, internal_error).',
  ['outcome'],
);

/**
 * The outcome of an attempt from its result. Without a status code, the error text is the sender's
 * (webhook-sender.ts and the delivery worker write these prefixes; webhook-attempts.spec.ts pins them).
 */
export function attemptOutcome(result: AttemptResult): AttemptOutcomeLabel {
  const status = result.statusCode;
  if (status !== undefined) {
    if (status >= 200 && status < 300) return 'delivered';
    if (status === 410) return 'gone';
    if (status >= 500) return 'http_5xx';
    return status >= 400 ? 'http_4xx' : 'http_3xx';
  }
  const error = result.error ?? '';
  if (error.startsWith('timeout after ')) return 'timeout';
  if (error.startsWith('internal error: ')) return 'internal_error';
  // Refused before connecting (the URL's static checks), or at connect time by the guarded lookup (UrlNotAllowedError, no errno code).
  if (error.startsWith('refused: ') || /^error: host \S+ (resolves to|does not resolve)/.test(error)) return 'blocked';
  return 'connection_error';
}

/** Counts finished attempts in did_webhook_attempts_total. */
export function countAttempts(results: readonly AttemptResult[]): void {
  for (const result of results) attempts.inc({ outcome: attemptOutcome(result) });
}
