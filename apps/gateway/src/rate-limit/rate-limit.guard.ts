import { CanActivate, ExecutionContext, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { actorOf } from '../auth/current-actor.decorator';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { prunedTokenBuckets, TokenBuckets } from './token-bucket';

/** Global guard after authentication: a token bucket per API key; over the limit gets 429 with Retry-After. */
@Injectable()
export class RateLimitGuard implements CanActivate, OnModuleDestroy {
  private readonly buckets: TokenBuckets;
  private readonly stopPruning: () => void;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    ({ buckets: this.buckets, stop: this.stopPruning } = prunedTokenBuckets(
      config.RATE_LIMIT_PER_MINUTE,
      config.RATE_LIMIT_BURST,
      () => this.clock.now().getTime(),
    ));
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const actor = actorOf(http.getRequest<FastifyRequest>());
    if (!actor) return true; // public route
    const result = this.buckets.take(actor.rateLimitKey, this.clock.now().getTime());
    const reply = http.getResponse<FastifyReply>();
    void reply
      .header('ratelimit-limit', String(this.buckets.capacity))
      .header('ratelimit-remaining', String(result.remaining));
    if (!result.allowed) {
      void reply.header('retry-after', String(result.retryAfterSeconds));
      throw new DomainError(
        ErrorType.RateLimited,
        ErrorCode.RateLimitExceeded,
        `Too many requests for this API key; retry in ${result.retryAfterSeconds} s.`,
      );
    }
    return true;
  }

  onModuleDestroy(): void {
    this.stopPruning();
  }
}
