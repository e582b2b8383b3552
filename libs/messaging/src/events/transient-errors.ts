/**
 * Whether a failure may pass by itself (the database or NATS unreachable or restarting, a timeout,
 * a serialization failure or deadlock, a pool exhausted) rather than fail the same way on every try.
 * Consumers retry a transient failure for as long as it takes and dead-letter only the others: an
 * outage must never turn a refund or a charge into a dead letter.
 */
export function isTransientError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (isTransientOne(e as ErrorLike)) return true;
  }
  return false;
}

interface ErrorLike {
  name?: string;
  code?: string | number;
  message?: string;
}

/** PostgreSQL SQLSTATEs: connection exceptions (08), resources (53), shutdowns (57P), and the retryable conflicts. */
const PG_TRANSIENT = /^(08...|53...|57P0[1-3]|57014|40001|40P01|55P03|55006)$/;
const NODE_TRANSIENT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);
/** nats.js error codes for a lost or busy connection, a request without responders (503) or one that timed out. */
const NATS_TRANSIENT = new Set([
  'TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DRAINING',
  'CONNECTION_REFUSED',
  'DISCONNECT',
  'NO_RESPONDERS',
  '503',
  '408',
]);
/** MikroORM wraps driver errors in these. */
const ORM_TRANSIENT = new Set([
  'ConnectionException',
  'DeadlockException',
  'LockWaitTimeoutException',
  'KnexTimeoutError',
  'TimeoutError',
]);
const MESSAGE_TRANSIENT =
  /Timeout acquiring a connection|Connection terminated|connection (is )?closed|the database system is (starting up|shutting down)|Client has encountered a connection error|timed? ?out/i;

function isTransientOne(e: ErrorLike): boolean {
  const code = e.code === undefined ? '' : String(e.code);
  if (PG_TRANSIENT.test(code) || NODE_TRANSIENT.has(code) || NATS_TRANSIENT.has(code)) return true;
  if (e.name && ORM_TRANSIENT.has(e.name)) return true;
  return MESSAGE_TRANSIENT.test(e.message ?? '');
}

/** Capped exponential backoff: 1 s, 2 s, 4 s... up to `maxMs`. */
export function retryDelayMs(attempt: number, maxMs: number, baseMs = 1_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 20));
}
