import { DomainError, ErrorCode, FieldViolation } from '@did/contracts';
import { statusForErrorType } from '@did/http-kit';

/** An RFC 9457 problem document with the platform's stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldViolation[];
  error_id?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/**
 * A problem's `type` is relative to the API's own address (RFC 9457 allows a relative reference,
 * resolved against the request URI): the gateway serves the error catalogue at /docs/errors.
 */
const PROBLEM_TYPE_BASE = '/docs/errors#';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Builds the problem document for a domain error. */
export function problemFor(error: DomainError, instance?: string): Problem {
  const status = statusForErrorType(error.type);
  return {
    type: PROBLEM_TYPE_BASE + error.code,
    title: TITLES[status] ?? 'Error',
    status,
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.errors?.length ? { errors: error.errors } : {}),
  };
}

/** The opaque problem a client sees for an unexpected failure: only the id that finds it in the log. */
export function internalProblem(errorId: string, instance?: string): Problem {
  return {
    type: PROBLEM_TYPE_BASE + ErrorCode.InternalError,
    title: TITLES[500],
    status: 500,
    detail: `An unexpected error occurred. Quote error_id ${errorId} to support.`,
    code: ErrorCode.InternalError,
    ...(instance ? { instance } : {}),
    error_id: errorId,
  };
}
