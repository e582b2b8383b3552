import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderError } from './error-response';

/** Every HTTP error leaves the gateway as problem+json (RFC 9457) with a stable code. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const rendered = renderError(exception, request.url.split('?')[0]);
    void reply.status(rendered.status).headers(rendered.headers).send(rendered.body);
  }
}
