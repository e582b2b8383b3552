import { HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { internalProblem, Problem, PROBLEM_CONTENT_TYPE, problemFor } from './problem';

/** A fully rendered HTTP response: what the client receives and what idempotency stores for replay. */
export interface RenderedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An exception that already carries its exact bytes (a stored idempotent response, a rate-limit answer). */
export class RenderedResponseException extends Error {
  constructor(readonly response: RenderedResponse) {
    super(`HTTP ${response.status}`);
  }
}

const logger = new Logger('HttpErrors');

/** Maps Nest/Fastify HTTP exceptions (unknown route, body too large, bad JSON) to domain errors. */
function fromHttpException(exception: HttpException): DomainError | null {
  const status = exception.getStatus();
  const message = exception.message;
  switch (status) {
    case 400:
      return new DomainError(ErrorType.InvalidRequest, ErrorCode.MalformedBody, `The request body could not be parsed: ${message}`);
    case 404:
      return new DomainError(ErrorType.NotFound, ErrorCode.RouteNotFound, message);
    case 413:
      return new DomainError(ErrorType.PayloadTooLarge, ErrorCode.PayloadTooLarge, 'The request body is larger than this API accepts.');
    case 415:
      return new DomainError(ErrorType.UnsupportedMediaType, ErrorCode.UnsupportedMediaType, 'Send the body as JSON with content-type: application/json.');
    default:
      return null;
  }
}

/** Renders any thrown value as problem+json. Unexpected errors are logged with an id the client also gets. */
export function renderError(exception: unknown, instance: string): RenderedResponse {
  if (exception instanceof RenderedResponseException) return exception.response;
  let problem: Problem;
  const domain = exception instanceof DomainError ? exception : exception instanceof HttpException ? fromHttpException(exception) : fastifyClientError(exception);
  if (domain) {
    problem = problemFor(domain, instance);
  } else {
    const errorId = randomUUID();
    logger.error(`error_id=${errorId} ${instance} ${(exception as Error)?.stack ?? String(exception)}`);
    problem = internalProblem(errorId, instance);
  }
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer realm="did-platform"';
  return { status: problem.status, headers, body: JSON.stringify(problem) };
}

/** Fastify's own 4xx errors (body parsing) carry a statusCode and an FST_ code. */
function fastifyClientError(exception: unknown): DomainError | null {
  const e = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof e?.statusCode !== 'number' || e.statusCode < 400 || e.statusCode >= 500) return null;
  return fromHttpException(new HttpException(e.message ?? 'Bad request', e.statusCode));
}
