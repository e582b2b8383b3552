import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  ErrorType,
  parseOrThrow,
  ResolveMessageReply,
  ResolveMessageRequestSchema,
  RoutingPatterns,
} from '@did/contracts';
import { PlainResponders } from '@did/messaging';
import type { RoutingState } from '../numbers/routing-state';
import { decideMessage } from './message-decision';
import { ResolveCache } from './resolve-cache';

/**
 * Answers `routing.resolve_message` for the messaging edge from the same memory as call resolve (one
 * cached state per number, dropped by the same invalidations): where a message goes and whether the
 * number may text at all.
 */
@Injectable()
export class ResolveMessageResponder {
  constructor(
    responders: PlainResponders,
    private readonly cache: ResolveCache,
  ) {
    responders.answer(RoutingPatterns.ResolveMessage, (data) => this.resolve(data));
  }

  /** The answer for one request: synchronous on a cache hit. */
  resolve(data: unknown): ResolveMessageReply | Promise<ResolveMessageReply> {
    const request = parseOrThrow(ResolveMessageRequestSchema, data);
    const found = this.cache.get(request.phone_number);
    const finish = (state: RoutingState | null) => {
      if (!state)
        throw new DomainError(
          ErrorType.NotFound,
          ErrorCode.NumberNotFound,
          `${request.phone_number} is not an active number of the platform.`,
        );
      return decideMessage(state);
    };
    return found instanceof Promise ? found.then(finish) : finish(found);
  }
}
