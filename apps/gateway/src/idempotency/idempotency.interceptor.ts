import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, mergeMap, Observable, catchError } from 'rxjs';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { actorOf } from '../auth/current-actor.decorator';
import { renderError, RenderedResponse, RenderedResponseException } from '../http/error-response';
import { toPublic } from '../http/public-names';
import { IDEMPOTENCY, IdempotencyOptions } from './idempotency.metadata';
import { assertValidIdempotencyKey, requestFingerprint } from './idempotency-key';
import { IdempotencyService } from './idempotency.service';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/**
 * Answers that are not final, so they are not stored and a retry with the same key runs afresh: errors
 * raised before the route did anything (the client can fix the request, as with Stripe), and answers a
 * retry overcomes (the same order still being placed elsewhere, a rate limit). 5xx are never stored either.
 */
const NOT_FINAL_CODES = new Set<string>([
  ErrorCode.ValidationFailed,
  ErrorCode.UnknownField,
  ErrorCode.MalformedBody,
  ErrorCode.RateLimitExceeded,
  ErrorCode.OrderInProgress,
]);

/**
 * Runs a route at most once per (account, Idempotency-Key): the first response is stored and
 * replayed byte for byte with `Idempotent-Replayed: true`; the same key with another body gets 422,
 * and while the first request runs, 409. Only final answers are stored (see NOT_FINAL_CODES), and a
 * response that carries a secret is stored sealed with the gateway's secrets key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const options = this.reflector.get<IdempotencyOptions>(IDEMPOTENCY, context.getHandler()) ?? { required: false };
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined) {
      if (!options.required) return next.handle();
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.IdempotencyKeyRequired,
        'This request moves money: send an Idempotency-Key header.',
        [{ field: 'header.Idempotency-Key', rule: 'required', message: 'Idempotency-Key is required' }],
      );
    }
    assertValidIdempotencyKey(key);
    const scope = actorOf(request)?.account?.id ?? 'operator';
    const claim = await this.idempotency.claim(
      scope,
      key,
      requestFingerprint(request.method, request.url, request.body),
    );
    const sealed = options.carriesSecret === true;
    if (claim.kind === 'replay') {
      throw new RenderedResponseException({
        ...claim.response,
        headers: { ...claim.response.headers, 'idempotent-replayed': 'true' },
      });
    }
    const status = this.successStatus(context, request.method);
    return next.handle().pipe(
      mergeMap(async (result) => {
        const response: RenderedResponse = {
          status,
          headers: { 'content-type': JSON_CONTENT_TYPE },
          body: JSON.stringify(toPublic(result)) ?? '',
        };
        await this.idempotency.complete(scope, key, response, { sealed });
        void reply.header('content-type', JSON_CONTENT_TYPE);
        // Returning the exact string makes the first response and every replay identical bytes (public names already applied).
        return response.body;
      }),
      catchError((err: unknown) => from(this.fail(scope, key, err, request.url.split('?')[0], sealed))),
    );
  }

  private async fail(scope: string, key: string, err: unknown, instance: string, sealed: boolean): Promise<never> {
    const rendered = renderError(err, instance);
    const code = err instanceof DomainError ? err.code : undefined;
    if (rendered.status >= 500 || (code && NOT_FINAL_CODES.has(code))) await this.idempotency.release(scope, key);
    else await this.idempotency.complete(scope, key, rendered, { sealed });
    throw new RenderedResponseException(rendered);
  }

  private successStatus(context: ExecutionContext, method: string): number {
    const declared = this.reflector.get<number>(HTTP_CODE_METADATA, context.getHandler());
    return declared ?? (method === RequestMethod[RequestMethod.POST] ? HttpStatus.CREATED : HttpStatus.OK);
  }
}
