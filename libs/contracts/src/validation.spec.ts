import { z } from 'zod';
import { DomainError, ErrorCode, ErrorType } from './errors';
import { parseOrThrow } from './validation';

const Schema = z.strictObject({
  name: z.string().min(1),
  email: z.email(),
  limit: z.coerce.number().int().default(20),
  items: z.array(z.strictObject({ name: z.string() })).optional(),
});

function captureError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError to be thrown');
}

const valid = { name: 'Ada', email: 'ada@example.com' };

describe('parseOrThrow', () => {
  it('returns the parsed data with defaults applied when the input is valid', () => {
    expect(parseOrThrow(Schema, valid)).toEqual({ name: 'Ada', email: 'ada@example.com', limit: 20 });
  });

  it('throws a DomainError of type invalid_request when the input is invalid', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, name: '' }));
    expect(error.type).toBe(ErrorType.InvalidRequest);
  });

  it('reports an unknown key with code unknown_field and rule unknown_field on that field', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, colour: 'red' }));
    expect(error.code).toBe(ErrorCode.UnknownField);
    expect(error.errors).toEqual([expect.objectContaining({ field: 'colour', rule: 'unknown_field' })]);
  });

  it('uses code validation_failed when an unknown key comes with another violation', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, name: '', colour: 'red' }));
    expect(error.code).toBe(ErrorCode.ValidationFailed);
  });

  it('reports a missing required field with rule required', () => {
    const error = captureError(() => parseOrThrow(Schema, { email: 'ada@example.com' }));
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.errors).toEqual([expect.objectContaining({ field: 'name', rule: 'required' })]);
  });

  it('reports a too-short string with rule min:1', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, name: '' }));
    expect(error.errors).toEqual([expect.objectContaining({ field: 'name', rule: 'min:1' })]);
  });

  it('reports a malformed email with rule format:email', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, email: 'not-an-email' }));
    expect(error.errors).toEqual([expect.objectContaining({ field: 'email', rule: 'format:email' })]);
  });

  it('names a field inside an array element with bracket notation', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, items: [{ name: 'ok' }, {}] }));
    expect(error.errors).toEqual([expect.objectContaining({ field: 'items[1].name', rule: 'required' })]);
  });

  it('names an unknown key inside an array element with bracket notation', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, items: [{ name: 'ok', extra: 1 }] }));
    expect(error.errors).toEqual([expect.objectContaining({ field: 'items[0].extra', rule: 'unknown_field' })]);
  });

  it('prefixes field names with the root argument', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, limit: 'abc' }, 'query'));
    expect(error.errors?.map((e) => e.field)).toEqual(['query.limit']);
  });

  it('prefixes nested array paths with the root argument', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, items: [{}] }, 'body'));
    expect(error.errors?.map((e) => e.field)).toEqual(['body.items[0].name']);
  });

  it('joins a root and a top-level array index without a dot', () => {
    const error = captureError(() => parseOrThrow(z.array(z.string()), ['ok', 7], 'body'));
    expect(error.errors?.map((e) => e.field)).toEqual(['body[1]']);
  });

  it('names the whole body when a top-level value is invalid and no root is given', () => {
    const error = captureError(() => parseOrThrow(Schema, 'not an object'));
    expect(error.errors?.map((e) => e.field)).toEqual(['(body)']);
  });

  it('names the root itself when a top-level value is invalid under a root', () => {
    const error = captureError(() => parseOrThrow(Schema, null, 'query'));
    expect(error.errors?.map((e) => e.field)).toEqual(['query']);
  });

  it('reports one violation per unknown key', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, a: 1, b: 2 }));
    expect(error.errors?.map((e) => e.field).sort()).toEqual(['a', 'b']);
  });

  it('summarises every violation in the message', () => {
    const error = captureError(() => parseOrThrow(Schema, { name: '', email: 'x' }));
    expect(error.message).toContain('name: ');
    expect(error.message).toContain('email: ');
  });

  it('reports a wrong type with rule type:<expected>, not required', () => {
    const error = captureError(() => parseOrThrow(Schema, { ...valid, name: 42 }));
    expect(error.errors).toEqual([expect.objectContaining({ field: 'name', rule: 'type:string' })]);
  });
});
