import { HttpException } from '@nestjs/common';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';

/** Nest's and Fastify's own HTTP errors (unknown route, unparseable, oversized or non-JSON body) as domain errors. */
function fromHttpStatus(status: number, message: string): DomainError | null {
  switch (status) {
    case 400:
      return new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.MalformedBody,
        `The request body could not be parsed: ${message}`,
      );
    case 404:
      return new DomainError(ErrorType.NotFound, ErrorCode.RouteNotFound, message);
    case 413:
      return new DomainError(
        ErrorType.PayloadTooLarge,
        ErrorCode.PayloadTooLarge,
        'The request body is larger than this API accepts.',
      );
    case 415:
      return new DomainError(
        ErrorType.UnsupportedMediaType,
        ErrorCode.UnsupportedMediaType,
        'Send the body as JSON with content-type: application/json.',
      );
    default:
      return null;
  }
}

/**
 * The domain error behind anything an HTTP handler threw: domain errors as they are, framework
 * client errors mapped to stable codes, and null for an unexpected failure (the caller logs it and
 * answers an opaque 500).
 */
export function domainErrorOf(exception: unknown): DomainError | null {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) return fromHttpStatus(exception.getStatus(), exception.message);
  // Fastify's own 4xx errors (body parsing) carry a statusCode and an FST_ code.
  const e = exception as { statusCode?: unknown; message?: string };
  return typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500
    ? fromHttpStatus(e.statusCode, e.message ?? 'Bad request')
    : null;
}
