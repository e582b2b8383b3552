import { createHash } from 'node:crypto';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';

const KEY_PATTERN = /^[A-Za-z0-9_:-]{1,255}$/;

/** Rejects keys longer than 255 characters or with characters outside `[A-Za-z0-9_:-]`. */
export function assertValidIdempotencyKey(key: string): void {
  if (KEY_PATTERN.test(key)) return;
  throw new DomainError(
    ErrorType.InvalidRequest,
    ErrorCode.IdempotencyKeyInvalid,
    'Idempotency-Key must be 1 to 255 characters from A-Z, a-z, 0-9, "_", ":" and "-".',
    [
      {
        field: 'header.Idempotency-Key',
        rule: key.length > 255 ? 'max:255' : 'pattern:[A-Za-z0-9_:-]',
        message: 'invalid Idempotency-Key',
      },
    ],
  );
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What makes two requests "the same" for a key: method, path (with query) and canonical body. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${url}\n${canonicalJson(body)}`)
    .digest('hex');
}
