import { ApiExtension } from '@nestjs/swagger';
import { ERROR_CATALOGUE, ErrorCode } from '@did/contracts';

type Json = Record<string, unknown>;

/** Operation extension carrying the route's own problem codes until the document is finished (then removed). */
export const PROBLEM_CODES_EXTENSION = 'x-problem-codes';

/**
 * Documents the problem codes a route's own logic can answer (beyond the ones every authenticated route can:
 * see {@link standardProblemCodes}); each code's statuses come from the error catalogue.
 */
export function ApiProblems(...codes: string[]): MethodDecorator {
  for (const code of codes)
    if (!ERROR_CATALOGUE[code]) throw new Error(`ApiProblems: ${code} is not in the error catalogue`);
  return ApiExtension(PROBLEM_CODES_EXTENSION, codes) as MethodDecorator;
}

/** Codes any authenticated route can answer: bad input, authentication, Account-Id, rate limits, a service behind the gateway failing. */
const AUTHENTICATED_CODES: readonly string[] = [
  ErrorCode.ValidationFailed,
  ErrorCode.UnknownField,
  ErrorCode.MalformedBody,
  ErrorCode.AccountIdRequired,
  ErrorCode.ApiKeyMissing,
  ErrorCode.ApiKeyMalformed,
  ErrorCode.ApiKeyInvalid,
  ErrorCode.ApiKeyRevoked,
  ErrorCode.AccountAccessDenied,
  ErrorCode.RateLimitExceeded,
  ErrorCode.InternalError,
  ErrorCode.ServiceUnavailable,
  ErrorCode.ServiceTimeout,
];

/** Codes of a public route (no key): only failures of the gateway itself. */
const PUBLIC_CODES: readonly string[] = [ErrorCode.InternalError];

/** The statuses each standard code is documented with (validation_failed is 422 only where a route says so). */
const STANDARD_STATUS: Readonly<Record<string, number>> = { [ErrorCode.ValidationFailed]: 400 };

/** Codes of a route taking an Idempotency-Key (apps/gateway/src/idempotency). */
const IDEMPOTENCY_CODES: readonly string[] = [
  ErrorCode.IdempotencyKeyInvalid,
  ErrorCode.IdempotencyKeyReused,
  ErrorCode.IdempotencyRequestInProgress,
];

/** An operation as the problem responses see it. */
export interface ProblemOperation {
  name: string;
  secured: boolean;
  hasPathParameters: boolean;
  idempotency: 'required' | 'optional' | 'none';
  ownCodes: readonly string[];
}

/** The problem codes an operation documents, by status: the standard ones, idempotency's, and the route's own (from @ApiProblems). */
export function problemCodesByStatus(operation: ProblemOperation): Map<number, string[]> {
  const byStatus = new Map<number, Set<string>>();
  const add = (status: number, code: string) => byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  for (const code of operation.secured ? AUTHENTICATED_CODES : PUBLIC_CODES)
    add(STANDARD_STATUS[code] ?? ERROR_CATALOGUE[code].statuses[0], code);
  if (operation.idempotency !== 'none')
    for (const code of IDEMPOTENCY_CODES) for (const status of ERROR_CATALOGUE[code].statuses) add(status, code);
  if (operation.idempotency === 'required') add(400, ErrorCode.IdempotencyKeyRequired);
  // A route naming a resource in its path answers 404 when no such resource is visible to the caller: it must say with which code.
  if (operation.hasPathParameters && !operation.ownCodes.some((code) => ERROR_CATALOGUE[code].statuses.includes(404))) {
    throw new Error(
      `OpenAPI: ${operation.name} has an id in its path but documents no 404 code: add @ApiProblems(ErrorCode.<Thing>NotFound)`,
    );
  }
  for (const code of operation.ownCodes) for (const status of ERROR_CATALOGUE[code].statuses) add(status, code);
  return new Map(
    [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, codes]) => [status, [...codes].sort()]),
  );
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The RFC 9457 problem document every error answers with (apps/gateway/src/http/problem.ts builds it). */
export const PROBLEM_SCHEMA: Json = {
  type: 'object',
  description: 'An RFC 9457 problem. Branch on `code` (stable); `detail` is for people and may change.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: false,
  properties: {
    type: {
      type: 'string',
      format: 'uri-reference',
      maxLength: 200,
      description: '`/docs/errors#<code>`, relative to the API address: the error catalogue entry.',
      example: '/docs/errors#validation_failed',
    },
    title: {
      type: 'string',
      maxLength: 100,
      pattern: '^[A-Za-z ]+$',
      description: 'The HTTP status in words.',
      example: 'Bad Request',
    },
    status: { type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 400 },
    detail: {
      type: 'string',
      maxLength: 2000,
      pattern: '^[^\\u0000]*$',
      description: 'What went wrong, for people.',
      example: 'The request is invalid: see errors.',
    },
    code: {
      type: 'string',
      enum: Object.keys(ERROR_CATALOGUE).sort(),
      description: 'The stable machine code; every code is explained at /docs/errors.',
    },
    instance: {
      type: 'string',
      format: 'uri-reference',
      maxLength: 2048,
      description: 'The request path.',
      example: '/v1/accounts',
    },
    errors: {
      type: 'array',
      maxItems: 1000,
      items: { $ref: '#/components/schemas/FieldViolation' },
      description: 'One entry per field that broke a rule (validation errors only).',
    },
    error_id: {
      type: 'string',
      format: 'uuid',
      maxLength: 36,
      description: 'Only on 500: quote it to support; it finds the failure in the logs.',
    },
  },
};

export const FIELD_VIOLATION_SCHEMA: Json = {
  type: 'object',
  required: ['field', 'rule', 'message'],
  additionalProperties: false,
  properties: {
    field: {
      type: 'string',
      maxLength: 500,
      pattern: '^[^\\u0000]*$',
      description: 'The field path, dotted (e.g. `phone_numbers.0`).',
      example: 'name',
    },
    rule: {
      type: 'string',
      maxLength: 100,
      pattern: '^[a-z_]+$',
      description: 'The rule broken (too_small, invalid_type, unknown_field, ...).',
      example: 'too_small',
    },
    message: {
      type: 'string',
      maxLength: 1000,
      pattern: '^[^\\u0000]*$',
      example: 'Too small: expected string to have >=1 characters',
    },
  },
};

/** The name of the example problem of `code` answered with `status`, in `components.examples`. */
function exampleName(status: number, code: string): string {
  return ERROR_CATALOGUE[code].statuses.length > 1 ? `${code}_${status}` : code;
}

/** One example problem per code and status, shared by every route that can answer it. */
export function problemExamples(): Json {
  const examples: Json = {};
  for (const code of Object.keys(ERROR_CATALOGUE).sort()) {
    for (const status of ERROR_CATALOGUE[code].statuses) {
      const value = {
        type: `/docs/errors#${code}`,
        title: TITLES[status] ?? 'Error',
        status,
        detail: ERROR_CATALOGUE[code].meaning.replace(/`/g, ''),
        code,
      };
      examples[exampleName(status, code)] = { summary: code, value };
    }
  }
  return examples;
}

/** The response object of `status` for these codes: problem+json, with the example of each code. */
export function problemResponse(status: number, codes: readonly string[], headers: Json): Json {
  const examples = Object.fromEntries(
    codes.map((code) => [code, { $ref: `#/components/examples/${exampleName(status, code)}` }]),
  );
  return {
    description: `${TITLES[status] ?? 'Error'}: ${codes.map((code) => `\`${code}\``).join(', ')} (see /docs/errors).`,
    headers,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, examples } },
  };
}
