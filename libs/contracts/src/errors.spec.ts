import { DomainError, ErrorCode, ErrorPayload, ErrorType, isErrorPayload } from './errors';

describe('DomainError', () => {
  it('is an Error named DomainError carrying its message', () => {
    const error = new DomainError(ErrorType.NotFound, ErrorCode.AccountNotFound, 'no such account');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.message).toBe('no such account');
  });

  it('omits errors from the payload when it has none', () => {
    const payload = new DomainError(ErrorType.NotFound, ErrorCode.AccountNotFound, 'no such account').toPayload();
    expect(payload).toEqual({ type: 'not_found', code: 'account_not_found', message: 'no such account' });
    expect('errors' in payload).toBe(false);
  });

  it('includes field violations in the payload when it has them', () => {
    const errors = [{ field: 'name', rule: 'required', message: 'Required' }];
    const payload = new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'bad', errors).toPayload();
    expect(payload).toEqual({ type: 'invalid_request', code: 'validation_failed', message: 'bad', errors });
  });

  it('survives a round trip through its payload without errors', () => {
    const original = new DomainError(ErrorType.Conflict, ErrorCode.ApiKeyAlreadyRevoked, 'already revoked');
    const copy = DomainError.fromPayload(JSON.parse(JSON.stringify(original.toPayload())) as ErrorPayload);
    expect(copy).toBeInstanceOf(DomainError);
    expect(copy.type).toBe(original.type);
    expect(copy.code).toBe(original.code);
    expect(copy.message).toBe(original.message);
    expect(copy.errors).toBeUndefined();
  });

  it('survives a round trip through its payload with errors', () => {
    const errors = [
      { field: 'query.limit', rule: 'max:100', message: 'too big' },
      { field: 'name', rule: 'min:1', message: 'too short' },
    ];
    const original = new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'bad', errors);
    const copy = DomainError.fromPayload(JSON.parse(JSON.stringify(original.toPayload())) as ErrorPayload);
    expect(copy.toPayload()).toEqual(original.toPayload());
    expect(copy.errors).toEqual(errors);
  });
});

describe('isErrorPayload', () => {
  it('accepts a payload with type, code and message', () => {
    expect(isErrorPayload({ type: 'timeout', code: 'service_timeout', message: 'slow' })).toBe(true);
  });

  it('accepts a payload with field violations', () => {
    expect(
      isErrorPayload({
        type: 'invalid_request',
        code: 'validation_failed',
        message: 'bad',
        errors: [{ field: 'a', rule: 'required', message: 'm' }],
      }),
    ).toBe(true);
  });

  it('accepts a payload whose code is not one of the known codes', () => {
    expect(isErrorPayload({ type: 'conflict', code: 'some_future_code', message: 'x' })).toBe(true);
  });

  it.each(Object.values(ErrorType))('accepts the error type %s', (type) => {
    expect(isErrorPayload({ type, code: 'c', message: 'm' })).toBe(true);
  });

  it('rejects an unknown type', () => {
    expect(isErrorPayload({ type: 'teapot', code: 'c', message: 'm' })).toBe(false);
  });

  it('rejects a payload without a type', () => {
    expect(isErrorPayload({ code: 'c', message: 'm' })).toBe(false);
  });

  it('rejects a payload without a code', () => {
    expect(isErrorPayload({ type: 'internal', message: 'm' })).toBe(false);
  });

  it('rejects a payload without a message', () => {
    expect(isErrorPayload({ type: 'internal', code: 'c' })).toBe(false);
  });

  it('rejects a payload whose code is not a string', () => {
    expect(isErrorPayload({ type: 'internal', code: 500, message: 'm' })).toBe(false);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'internal'],
    ['a number', 42],
    ['a boolean', true],
  ])('rejects %s', (_label, value) => {
    expect(isErrorPayload(value)).toBe(false);
  });
});
