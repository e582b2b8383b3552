import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { statusForErrorType } from './error-status';
import { domainErrorOf } from './http-errors';

/**
 * For the sandboxes' HTTP APIs: every error leaves as `{type, code, message}` (plus `errors` naming
 * bad fields), the shape their callers parse; an unexpected one is logged with an id the caller also gets.
 */
@Catch()
export class PayloadErrorFilter implements ExceptionFilter {
  private readonly logger: Logger;

  constructor(loggerName: string) {
    this.logger = new Logger(loggerName);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let error = domainErrorOf(exception);
    if (!error) {
      const errorId = randomUUID();
      this.logger.error(`error_id=${errorId} ${(exception as Error)?.stack ?? String(exception)}`);
      error = new DomainError(ErrorType.Internal, ErrorCode.InternalError, `Unexpected error; error_id ${errorId}.`);
    }
    void reply
      .status(statusForErrorType(error.type))
      .header('content-type', 'application/problem+json')
      .send(JSON.stringify(error.toPayload()));
  }
}
