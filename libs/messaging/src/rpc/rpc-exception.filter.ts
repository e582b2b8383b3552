import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { DomainError, ErrorCode, ErrorPayload, ErrorType } from '@did/contracts';
import { randomUUID } from 'node:crypto';

/**
 * Sends every handler error across NATS as `{type, code, message}`. Domain errors keep their code;
 * anything else is logged with an id and becomes an opaque internal error carrying that id.
 */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    return throwError(() => this.toPayload(exception, host));
  }

  private toPayload(exception: unknown, host: ArgumentsHost): ErrorPayload {
    const pattern = host.getType() === 'rpc' ? host.switchToRpc().getContext()?.getSubject?.() : undefined;
    return toRpcErrorPayload(exception, this.logger, pattern);
  }
}

/** A handler's error as it goes across NATS: a domain error as it is; anything else logged with an id and sent opaque. */
export function toRpcErrorPayload(exception: unknown, logger: Logger, pattern?: string): ErrorPayload {
  if (exception instanceof DomainError) return exception.toPayload();
  const errorId = randomUUID();
  logger.error(`error_id=${errorId} pattern=${pattern ?? '?'} ${(exception as Error)?.stack ?? String(exception)}`);
  return { type: ErrorType.Internal, code: ErrorCode.InternalError, message: `Internal error (error_id ${errorId})` };
}
