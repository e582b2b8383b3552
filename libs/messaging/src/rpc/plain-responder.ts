import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JSONCodec, Msg, NatsConnection, Subscription } from 'nats';
import { rpcSubject } from '@did/contracts';
import { runHop } from '@did/service-kit';
import { hasTrace, traceFromHeaders } from '../trace-headers';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '../messaging.options';
import { toRpcErrorPayload } from './rpc-exception.filter';

const codec = JSONCodec<unknown>();
/** How long a stopping service waits for answers in progress. */
const SHUTDOWN_GRACE_MS = 2_000;

/** Answers one request's payload (`data` of the packet): synchronously, or with a promise. */
export type PlainHandler = (data: unknown) => unknown;

/**
 * Answers one request/reply pattern on a plain NATS subscription in the service's queue group,
 * speaking the NestJS transport's packets (`{id, response | err, isDisposed}`), so RpcClient calls it
 * like any `@MessagePattern` handler and errors arrive as the same payloads RpcErrorFilter sends (toRpcErrorPayload).
 *
 * For the few hot patterns only (routing.resolve, inventory.search): Nest's per-message pipeline (the
 * ORM request context, route lookup, guards, observables, the exception filter) costs more than a
 * cached answer and a good share of a search. A handler here gets no ORM request context: it must
 * not use the identity map (raw SQL, or a fork of its own).
 */
export class PlainResponder {
  private readonly logger: Logger;
  private subscription: Subscription | null = null;
  /** Answers still being computed: a stopping service lets them finish (see settle) before NATS drains. */
  private readonly inFlight = new Set<Promise<unknown>>();

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
        if (err) return;
        // Only a traced call pays for a context: these are the hot patterns.
        if (hasTrace(msg.headers))
          runHop(`rpc ${this.pattern}`, 'server', traceFromHeaders(msg.headers), () => this.answer(msg));
        else this.answer(msg);
      },
    });
  }

  /** Call before the connection drains, so a stopped replica answers nothing (callers see no responders). */
  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  /** Waits for the answers in progress, at most `timeoutMs` (after stop, before the connection drains). */
  async settle(timeoutMs: number): Promise<void> {
    if (!this.inFlight.size) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }

  private answer(msg: Msg): void {
    let id: unknown;
    const reply = (packet: object) => {
      try {
        msg.respond(codec.encode({ id, ...packet, isDisposed: true }));
      } catch (err) {
        // The connection closed under a late answer (shutdown): the caller times out or retries elsewhere.
        this.logger.warn(`could not send an answer: ${(err as Error).message}`);
      }
    };
    const fail = (err: unknown) => reply({ err: toRpcErrorPayload(err, this.logger, this.pattern) });
    try {
      const packet = codec.decode(msg.data) as { id?: unknown; data?: unknown };
      id = packet.id;
      const answer = this.handler(packet.data);
      if (answer instanceof Promise) {
        const sent = answer.then((response) => reply({ response }), fail);
        this.inFlight.add(sent);
        void sent.finally(() => this.inFlight.delete(sent));
      } else reply({ response: answer });
    } catch (err) {
      fail(err);
    }
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

  // Before shutdown hooks (the connection's drain is one): a stopping replica takes no more requests and
  // finishes the ones it has (as Nest's transport does, within a grace period).
  async beforeApplicationShutdown(): Promise<void> {
    for (const r of this.responders) r.stop();
    await Promise.all(this.responders.map((r) => r.settle(SHUTDOWN_GRACE_MS)));
  }
}
