import { ErrorType } from '@did/contracts';
import { statusForErrorType } from './error-status';

const EXPECTED_STATUS: Record<ErrorType, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  payment_required: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  timeout: 504,
};

describe('statusForErrorType', () => {
  it.each(Object.values(ErrorType))('maps %s to its HTTP status', (type) => {
    expect(statusForErrorType(type)).toBe(EXPECTED_STATUS[type]);
  });

  it('has an expected status for every error type', () => {
    expect(Object.keys(EXPECTED_STATUS).sort()).toEqual([...Object.values(ErrorType)].sort());
  });

  it('throws for a value that is not an error type', () => {
    expect(() => statusForErrorType('teapot' as ErrorType)).toThrow(/teapot/);
  });
});
