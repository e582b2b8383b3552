import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { prunedTokenBuckets, TokenBuckets } from './token-bucket';

/** 401s that cost a token: every way of presenting no valid key. */
const FAILED_AUTHENTICATION = new Set<string>([
  ErrorCode.ApiKeyMissing,
  ErrorCode.ApiKeyMalformed,
  ErrorCode.ApiKeyInvalid,
  ErrorCode.ApiKeyRevoked,
]);

/**
 * Failed authentication, limited per client address: each 401 takes a token, and an address with
 * none left is answered 429 before its key is even looked up, so guessing keys or flooding the key
 * lookup with bad ones stops at AUTH_FAILURE_BURST attempts, then AUTH_FAILURES_PER_MINUTE. Requests
 * with valid keys spend nothing. Per gateway replica, like the per-key limit.
 */
@Injectable()
export class AuthFailureLimiter implements OnModuleDestroy {
  private readonly buckets: TokenBuckets;
  private readonly stopPruning: () => void;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    ({ buckets: this.buckets, stop: this.stopPruning } = prunedTokenBuckets(
      config.AUTH_FAILURES_PER_MINUTE,
      config.AUTH_FAILURE_BURST,
      () => this.clock.now().getTime(),
    ));
  }

  /** 429 (and Retry-After on `reply`) when `address` has used up its failures. */
  assertMayTry(address: string, reply: FastifyReply): void {
    const state = this.buckets.peek(address, this.clock.now().getTime());
    if (state.allowed) return;
    void reply.header('retry-after', String(state.retryAfterSeconds));
    throw new DomainError(
      ErrorType.RateLimited,
      ErrorCode.RateLimitExceeded,
      `Too many failed authentications from this address; retry in ${state.retryAfterSeconds} s.`,
    );
  }

  /** Counts `err` against `address` when it is a failed authentication. */
  record(address: string, err: unknown): void {
    if (err instanceof DomainError && FAILED_AUTHENTICATION.has(err.code))
      this.buckets.take(address, this.clock.now().getTime());
  }

  onModuleDestroy(): void {
    this.stopPruning();
  }
}
