import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { domainErrorOf } from '@did/http-kit';
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

/** Renders any thrown value as problem+json. Unexpected errors are logged with an id the client also gets. */
export function renderError(exception: unknown, instance: string): RenderedResponse {
  if (exception instanceof RenderedResponseException) return exception.response;
  let problem: Problem;
  const domain = domainErrorOf(exception);
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
