import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { assertValidIdempotencyKey, canonicalJson, requestFingerprint } from './idempotency-key';

function captureDomainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError to be thrown');
}

describe('assertValidIdempotencyKey', () => {
  it('accepts 255 characters drawn from [A-Za-z0-9_:-]', () => {
    const alphabet = 'ABCXYZabcxyz0189_:-';
    const key = Array.from({ length: 255 }, (_, i) => alphabet[i % alphabet.length]).join('');
    expect(() => assertValidIdempotencyKey(key)).not.toThrow();
  });

  it('accepts a single character', () => {
    expect(() => assertValidIdempotencyKey('a')).not.toThrow();
  });

  it('accepts a UUID', () => {
    expect(() => assertValidIdempotencyKey('3f1c2a9e-8b4d-4e7a-9c1f-0a2b3c4d5e6f')).not.toThrow();
  });

  it('rejects 256 characters with rule max:255', () => {
    const error = captureDomainError(() => assertValidIdempotencyKey('a'.repeat(256)));
    expect(error.errors).toEqual([expect.objectContaining({ field: 'header.Idempotency-Key', rule: 'max:255' })]);
  });

  it('rejects an invalid key as invalid_request with code idempotency_key_invalid', () => {
    const error = captureDomainError(() => assertValidIdempotencyKey('a b'));
    expect(error.type).toBe(ErrorType.InvalidRequest);
    expect(error.code).toBe(ErrorCode.IdempotencyKeyInvalid);
  });

  it.each([
    ['a space', 'order 1'],
    ['a slash', 'orders/1'],
    ['unicode', 'clé-1'],
    ['an emoji', 'key-🔑'],
    ['a dot', 'a.b'],
    ['a trailing newline', 'abc\n'],
  ])('rejects %s with rule pattern:[A-Za-z0-9_:-]', (_label, key) => {
    const error = captureDomainError(() => assertValidIdempotencyKey(key));
    expect(error.errors?.[0].rule).toBe('pattern:[A-Za-z0-9_:-]');
  });

  it('rejects the empty string', () => {
    const error = captureDomainError(() => assertValidIdempotencyKey(''));
    expect(error.code).toBe(ErrorCode.IdempotencyKeyInvalid);
  });
});

describe('canonicalJson', () => {
  it('sorts object keys', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('sorts keys of nested objects', () => {
    expect(canonicalJson({ z: { y: 1, x: { d: 1, c: 2 } }, a: 0 })).toBe('{"a":0,"z":{"x":{"c":2,"d":1},"y":1}}');
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('sorts keys of objects inside arrays but keeps the array order', () => {
    expect(
      canonicalJson([
        { b: 1, a: 2 },
        { d: 3, c: 4 },
      ]),
    ).toBe('[{"a":2,"b":1},{"c":4,"d":3}]');
  });

  it('renders the same JSON for the same data with differently ordered keys', () => {
    expect(canonicalJson({ a: 1, b: [1, { c: 1, d: 2 }] })).toBe(canonicalJson({ b: [1, { d: 2, c: 1 }], a: 1 }));
  });

  it('renders scalars as JSON', () => {
    expect([canonicalJson('x"y'), canonicalJson(1.5), canonicalJson(true), canonicalJson(null)]).toEqual([
      '"x\\"y"',
      '1.5',
      'true',
      'null',
    ]);
  });

  it('renders a missing body as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys', () => {
    expect(canonicalJson({ 'a"b': 1 })).toBe('{"a\\"b":1}');
  });

  it('produces JSON that parses back to the same value', () => {
    const value = { b: [1, 'two', { d: null, c: false }], a: { e: 'f' } };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe('requestFingerprint', () => {
  it('is a sha256 hex digest', () => {
    expect(requestFingerprint('POST', '/v1/accounts', {})).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for bodies whose keys are reordered', () => {
    expect(requestFingerprint('POST', '/v1/accounts', { name: 'a', currency: 'USD' })).toBe(
      requestFingerprint('POST', '/v1/accounts', { currency: 'USD', name: 'a' }),
    );
  });

  it('is the same whatever the case of the method', () => {
    expect(requestFingerprint('post', '/v1/accounts', { a: 1 })).toBe(
      requestFingerprint('POST', '/v1/accounts', { a: 1 }),
    );
  });

  it('differs for a different method', () => {
    expect(requestFingerprint('POST', '/v1/accounts', { a: 1 })).not.toBe(
      requestFingerprint('PUT', '/v1/accounts', { a: 1 }),
    );
  });

  it('differs for a different path', () => {
    expect(requestFingerprint('POST', '/v1/accounts', { a: 1 })).not.toBe(
      requestFingerprint('POST', '/v1/api-keys', { a: 1 }),
    );
  });

  it('differs for a different query string', () => {
    expect(requestFingerprint('POST', '/v1/accounts?x=1', {})).not.toBe(
      requestFingerprint('POST', '/v1/accounts?x=2', {}),
    );
  });

  it('differs for a different body', () => {
    expect(requestFingerprint('POST', '/v1/accounts', { a: 1 })).not.toBe(
      requestFingerprint('POST', '/v1/accounts', { a: 2 }),
    );
  });

  it('differs for arrays in a different order', () => {
    expect(requestFingerprint('POST', '/v1/x', { ids: [1, 2] })).not.toBe(
      requestFingerprint('POST', '/v1/x', { ids: [2, 1] }),
    );
  });
});
