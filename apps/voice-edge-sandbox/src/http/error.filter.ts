import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { domainErrorOf, statusForErrorType } from '@did/http-kit';

const logger = new Logger('VoiceEdgeSandboxErrors');

/**
 * Every error leaves the admin API as `{type, code, message}` (plus `errors` naming bad fields), with
 * routing's own code when resolve refused to answer. Unexpected errors are logged with an id the caller also gets.
 */
@Catch()
export class EdgeErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let error = domainErrorOf(exception);
    if (!error) {
      const errorId = randomUUID();
      logger.error(`error_id=${errorId} ${(exception as Error)?.stack ?? String(exception)}`);
      error = new DomainError(ErrorType.Internal, ErrorCode.InternalError, `Unexpected error; error_id ${errorId}.`);
    }
    void reply.status(statusForErrorType(error.type)).header('content-type', 'application/problem+json').send(JSON.stringify(error.toPayload()));
  }
}
