import { ErrorType } from '@did/contracts';

/**
 * The one place an error kind becomes an HTTP status, for every HTTP service (gateway, carrier sandbox). Exhaustive: a new ErrorType that is not
 * mapped here does not compile.
 */
export function statusForErrorType(type: ErrorType): number {
  switch (type) {
    case ErrorType.InvalidRequest:
      return 400;
    case ErrorType.Unauthenticated:
      return 401;
    case ErrorType.PaymentRequired:
      return 402;
    case ErrorType.Forbidden:
      return 403;
    case ErrorType.NotFound:
      return 404;
    case ErrorType.Conflict:
      return 409;
    case ErrorType.PayloadTooLarge:
      return 413;
    case ErrorType.UnsupportedMediaType:
      return 415;
    case ErrorType.Unprocessable:
      return 422;
    case ErrorType.RateLimited:
      return 429;
    case ErrorType.Internal:
      return 500;
    case ErrorType.Unavailable:
      return 503;
    case ErrorType.Timeout:
      return 504;
    default: {
      const unmapped: never = type;
      throw new Error(`unmapped error type ${String(unmapped)}`);
    }
  }
}
