import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JSONCodec, Msg, NatsConnection, Subscription } from 'nats';
import { DomainError, ErrorCode, ErrorType, parseOrThrow, ResolveReply, ResolveRequestSchema, RoutingPatterns, rpcSubject } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '@did/messaging';
import { ROUTING_CONFIG, RoutingConfig } from '../config';
import type { RoutingState } from '../numbers/routing-state';
import { platformDefaults } from '../settings/effective-settings';
import { decide } from './resolve-decision';
import { ResolveCache } from './resolve-cache';

const codec = JSONCodec<unknown>();

/**
 * Answers `routing.resolve` on a plain NATS subscription in the service's queue group, speaking the
 * same request/reply packets as the NestJS transport (RpcClient calls it like any handler). The voice
 * edge asks for every call, and a cached answer is a map lookup: Nest's per-message pipeline (an ORM
 * request context, observables, the exception filter) would cost more than the answer itself.
 */
@Injectable()
export class ResolveResponder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Resolve');
  private subscription: Subscription | null = null;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
    private readonly cache: ResolveCache,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.nc.subscribe(rpcSubject(this.options.prefix, RoutingPatterns.Resolve), {
      queue: this.options.service,
      callback: (err, msg) => {
        if (!err) this.answer(msg);
      },
    });
  }

  onApplicationShutdown(): void {
    // Before the connection drains, so a stopped replica answers nothing (callers see no responders).
    this.subscription?.unsubscribe();
  }

  /** The answer for one request: synchronous on a cache hit. */
  resolve(data: unknown): ResolveReply | Promise<ResolveReply> {
    const request = parseOrThrow(ResolveRequestSchema, data);
    const found = this.cache.get(request.to);
    const finish = (state: RoutingState | null) => {
      if (!state) throw new DomainError(ErrorType.NotFound, ErrorCode.NumberNotFound, `${request.to} is not an active number of the platform.`);
      return decide(state, request, platformDefaults(this.config.ROUTING_DEFAULT_MAX_CHANNELS));
    };
    return found instanceof Promise ? found.then(finish) : finish(found);
  }

  private answer(msg: Msg): void {
    let id: unknown;
    const reply = (packet: object) => msg.respond(codec.encode({ id, ...packet, isDisposed: true }));
    const fail = (err: unknown) => {
      if (err instanceof DomainError) return reply({ err: err.toPayload() });
      this.logger.error(`resolve failed: ${(err as Error)?.stack ?? String(err)}`);
      reply({ err: { type: ErrorType.Internal, code: ErrorCode.InternalError, message: 'routing could not resolve the number' } });
    };
    try {
      const packet = codec.decode(msg.data) as { id?: unknown; data?: unknown };
      id = packet.id;
      const answer = this.resolve(packet.data);
      if (answer instanceof Promise) answer.then((response) => reply({ response }), fail);
      else reply({ response: answer });
    } catch (err) {
      fail(err);
    }
  }
}
