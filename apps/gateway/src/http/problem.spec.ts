import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { internalProblem, problemFor } from './problem';

describe('problemFor', () => {
  const notFound = new DomainError(ErrorType.NotFound, ErrorCode.AccountNotFound, 'No account acc_1.');

  it('builds a type pointing at the code in the error catalogue the gateway serves (relative to the API)', () => {
    expect(problemFor(notFound).type).toBe('/docs/errors#account_not_found');
  });

  it('uses the status of the error type and its standard title', () => {
    expect(problemFor(notFound)).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('carries the message as detail and the code', () => {
    expect(problemFor(notFound)).toMatchObject({ detail: 'No account acc_1.', code: 'account_not_found' });
  });

  it.each([
    [ErrorType.InvalidRequest, 'Bad Request'],
    [ErrorType.PayloadTooLarge, 'Content Too Large'],
    [ErrorType.Unprocessable, 'Unprocessable Content'],
    [ErrorType.RateLimited, 'Too Many Requests'],
    [ErrorType.Timeout, 'Gateway Timeout'],
  ])('titles a %s problem %s', (type, title) => {
    expect(problemFor(new DomainError(type, 'c', 'm')).title).toBe(title);
  });

  it.each(Object.values(ErrorType))('gives a %s problem a non-generic title', (type) => {
    expect(problemFor(new DomainError(type, 'c', 'm')).title).not.toBe('Error');
  });

  it('includes the field violations when there are some', () => {
    const errors = [{ field: 'name', rule: 'required', message: 'Required' }];
    const problem = problemFor(new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'bad', errors));
    expect(problem.errors).toEqual(errors);
  });

  it('omits errors when the error has none', () => {
    expect(problemFor(notFound)).not.toHaveProperty('errors');
  });

  it('omits errors when the error has an empty list', () => {
    expect(
      problemFor(new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'bad', [])),
    ).not.toHaveProperty('errors');
  });

  it('includes the instance when given', () => {
    expect(problemFor(notFound, '/v1/accounts/acc_1').instance).toBe('/v1/accounts/acc_1');
  });

  it('omits the instance when not given', () => {
    expect(problemFor(notFound)).not.toHaveProperty('instance');
  });

  it('has no error_id', () => {
    expect(problemFor(notFound)).not.toHaveProperty('error_id');
  });
});

describe('internalProblem', () => {
  it('is a 500 internal_error problem', () => {
    expect(internalProblem('e1')).toMatchObject({
      status: 500,
      title: 'Internal Server Error',
      code: 'internal_error',
    });
  });

  it('builds the internal error type the same way', () => {
    expect(internalProblem('e1').type).toBe('/docs/errors#internal_error');
  });

  it('includes the error id as error_id and in the detail', () => {
    const problem = internalProblem('0b4c1f6e-id');
    expect(problem.error_id).toBe('0b4c1f6e-id');
    expect(problem.detail).toContain('0b4c1f6e-id');
  });

  it('contains nothing beyond the standard fields, the instance and the error id', () => {
    expect(Object.keys(internalProblem('e1', '/v1/x')).sort()).toEqual([
      'code',
      'detail',
      'error_id',
      'instance',
      'status',
      'title',
      'type',
    ]);
  });

  it('omits the instance when not given', () => {
    expect(internalProblem('e1')).not.toHaveProperty('instance');
  });

  it('has no field violations', () => {
    expect(internalProblem('e1')).not.toHaveProperty('errors');
  });
});
