import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { JSONCodec, Msg, NatsConnection, Subscription } from 'nats';
import { DomainError, ErrorCode, ErrorType, rpcSubject } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '../messaging.options';

const codec = JSONCodec<unknown>();

/** Answers one request's payload (`data` of the packet): synchronously, or with a promise. */
export type PlainHandler = (data: unknown) => unknown;

/**
 * Answers one request/reply pattern on a plain NATS subscription in the service's queue group,
 * speaking the NestJS transport's packets (`{id, response | err, isDisposed}`), so RpcClient calls it
 * like any `@MessagePattern` handler and errors arrive as the same payloads RpcErrorFilter sends.
 *
 * For the few hot patterns only (routing.resolve, inventory.search): Nest's per-message pipeline (the
 * ORM request context, route lookup, guards, observables, the exception filter) costs more than a
 * cached answer and a good share of a search. A handler here gets no ORM request context: it must
 * not use the identity map (raw SQL, or a fork of its own).
 */
export class PlainResponder {
  private readonly logger: Logger;
  private subscription: Subscription | null = null;

  constructor(
    private readonly pattern: string,
    private readonly handler: PlainHandler,
  ) {
    this.logger = new Logger(`PlainResponder ${pattern}`);
  }

  start(nc: NatsConnection, options: Pick<MessagingOptions, 'prefix' | 'service'>): void {
    this.subscription = nc.subscribe(rpcSubject(options.prefix, this.pattern), {
      queue: options.service,
      callback: (err, msg) => {
        if (!err) this.answer(msg);
      },
    });
  }

  /** Call before the connection drains, so a stopped replica answers nothing (callers see no responders). */
  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private answer(msg: Msg): void {
    let id: unknown;
    const reply = (packet: object) => msg.respond(codec.encode({ id, ...packet, isDisposed: true }));
    const fail = (err: unknown) => reply({ err: this.errorPayload(err) });
    try {
      const packet = codec.decode(msg.data) as { id?: unknown; data?: unknown };
      id = packet.id;
      const answer = this.handler(packet.data);
      if (answer instanceof Promise) answer.then((response) => reply({ response }), fail);
      else reply({ response: answer });
    } catch (err) {
      fail(err);
    }
  }

  /** As RpcErrorFilter: a domain error keeps its code; anything else is logged with an id and goes out opaque. */
  private errorPayload(err: unknown) {
    if (err instanceof DomainError) return err.toPayload();
    const errorId = randomUUID();
    this.logger.error(`error_id=${errorId} ${(err as Error)?.stack ?? String(err)}`);
    return { type: ErrorType.Internal, code: ErrorCode.InternalError, message: `Internal error (error_id ${errorId})` };
  }
}

/**
 * The service's plain responders: a feature registers a pattern (`answer`, from its constructor) and
 * they all start with the application and stop before the NATS connection drains.
 */
@Injectable()
export class PlainResponders implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly responders: PlainResponder[] = [];
  private started = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  answer(pattern: string, handler: PlainHandler): void {
    const responder = new PlainResponder(pattern, handler);
    this.responders.push(responder);
    if (this.started) responder.start(this.nc, this.options);
  }

  onApplicationBootstrap(): void {
    this.started = true;
    for (const r of this.responders) r.start(this.nc, this.options);
  }

  // Before shutdown hooks (the connection's drain is one): a stopping replica answers nothing.
  beforeApplicationShutdown(): void {
    for (const r of this.responders) r.stop();
  }
}
