import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  parseOrThrow,
  ResolveReply,
  ResolveRequestSchema,
  RoutingPatterns,
} from '@did/contracts';
import { PlainResponders } from '@did/messaging';
import { ROUTING_CONFIG, RoutingConfig } from '../config';
import type { RoutingState } from '../numbers/routing-state';
import { platformDefaults } from '../settings/effective-settings';
import { decide } from './resolve-decision';
import { ResolveCache } from './resolve-cache';

/**
 * Answers `routing.resolve` on a plain NATS subscription (PlainResponder): the voice edge asks for
 * every call, and a cached answer is a map lookup, cheaper than Nest's per-message pipeline.
 */
@Injectable()
export class ResolveResponder {
  constructor(
    responders: PlainResponders,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
    private readonly cache: ResolveCache,
  ) {
    responders.answer(RoutingPatterns.Resolve, (data) => this.resolve(data));
  }

  /** The answer for one request: synchronous on a cache hit. */
  resolve(data: unknown): ResolveReply | Promise<ResolveReply> {
    const request = parseOrThrow(ResolveRequestSchema, data);
    const found = this.cache.get(request.to);
    const finish = (state: RoutingState | null) => {
      if (!state)
        throw new DomainError(
          ErrorType.NotFound,
          ErrorCode.NumberNotFound,
          `${request.to} is not an active number of the platform.`,
        );
      return decide(state, request, platformDefaults(this.config.ROUTING_DEFAULT_MAX_CHANNELS));
    };
    return found instanceof Promise ? found.then(finish) : finish(found);
  }
}
