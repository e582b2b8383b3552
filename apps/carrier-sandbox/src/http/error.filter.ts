import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { statusForErrorType } from './error-status';

const logger = new Logger('CarrierSandboxErrors');

/** Nest and Fastify's own HTTP errors (unknown route, unparseable body) as domain errors. */
function fromHttpStatus(status: number, message: string): DomainError | null {
  switch (status) {
    case 400:
      return new DomainError(ErrorType.InvalidRequest, ErrorCode.MalformedBody, `The request body could not be parsed: ${message}`);
    case 404:
      return new DomainError(ErrorType.NotFound, ErrorCode.RouteNotFound, message);
    case 413:
      return new DomainError(ErrorType.PayloadTooLarge, ErrorCode.PayloadTooLarge, 'The request body is too large.');
    case 415:
      return new DomainError(ErrorType.UnsupportedMediaType, ErrorCode.UnsupportedMediaType, 'Send the body as JSON with content-type: application/json.');
    default:
      return null;
  }
}

function toDomainError(exception: unknown): DomainError | null {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) return fromHttpStatus(exception.getStatus(), exception.message);
  const e = exception as { statusCode?: unknown; message?: string };
  return typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 ? fromHttpStatus(e.statusCode, e.message ?? 'Bad request') : null;
}

/**
 * Every error leaves the sandbox as `{type, code, message}` (plus `errors` naming bad fields), the
 * shape carrier adapters parse. Unexpected errors are logged with an id the caller also gets.
 */
@Catch()
export class CarrierErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let error = toDomainError(exception);
    if (!error) {
      const errorId = randomUUID();
      logger.error(`error_id=${errorId} ${(exception as Error)?.stack ?? String(exception)}`);
      error = new DomainError(ErrorType.Internal, ErrorCode.InternalError, `Unexpected error; error_id ${errorId}.`);
    }
    void reply.status(statusForErrorType(error.type)).header('content-type', 'application/problem+json').send(JSON.stringify(error.toPayload()));
  }
}
