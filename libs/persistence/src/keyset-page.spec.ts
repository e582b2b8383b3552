import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { decodeCursor, encodeCursor } from './keyset-page';

function captureDomainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError to be thrown');
}

const toBase64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('encodeCursor / decodeCursor', () => {
  it('round-trips the created_at and id of a row', () => {
    const createdAt = new Date('2026-02-03T04:05:06.789Z');
    const decoded = decodeCursor(encodeCursor({ id: 'acc_01', createdAt }));
    expect(decoded.id).toBe('acc_01');
    expect(decoded.createdAt.getTime()).toBe(createdAt.getTime());
  });

  it('round-trips an id containing characters that need escaping in JSON', () => {
    const decoded = decodeCursor(encodeCursor({ id: 'a"b\\c/é', createdAt: new Date(0) }));
    expect(decoded.id).toBe('a"b\\c/é');
  });

  it('produces a URL-safe cursor', () => {
    const cursor = encodeCursor({ id: '???>>>~~~', createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('produces different cursors for rows with the same time and different ids', () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    expect(encodeCursor({ id: 'a', createdAt })).not.toBe(encodeCursor({ id: 'b', createdAt }));
  });
});

describe('decodeCursor of an invalid cursor', () => {
  it.each([
    ['garbage', '!!!not-a-cursor!!!'],
    ['the empty string', ''],
    ['base64 of text that is not JSON', toBase64Url('hello')],
    ['base64 of JSON with the wrong shape', toBase64Url(JSON.stringify({ x: 1 }))],
    ['a cursor with an invalid date', toBase64Url(JSON.stringify({ c: 'yesterday', i: 'acc_1' }))],
    ['a cursor with an empty id', toBase64Url(JSON.stringify({ c: '2026-01-01T00:00:00.000Z', i: '' }))],
    ['base64 of JSON null', toBase64Url('null')],
  ])('rejects %s with an invalid_request DomainError', (_label, cursor) => {
    const error = captureDomainError(() => decodeCursor(cursor));
    expect(error.type).toBe(ErrorType.InvalidRequest);
    expect(error.code).toBe(ErrorCode.ValidationFailed);
  });

  it('names the given field with rule cursor', () => {
    const error = captureDomainError(() => decodeCursor('garbage!', 'body.after'));
    expect(error.errors).toHaveLength(1);
    expect(error.errors?.[0].field).toBe('body.after');
    expect(error.errors?.[0].rule).toBe('cursor');
  });

  it('names query.cursor when no field is given', () => {
    const error = captureDomainError(() => decodeCursor('garbage!'));
    expect(error.errors?.[0].field).toBe('query.cursor');
  });
});
