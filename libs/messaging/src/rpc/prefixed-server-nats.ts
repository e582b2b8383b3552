import { Logger } from '@nestjs/common';
import { ServerNats } from '@nestjs/microservices';
import { performance } from 'node:perf_hooks';
import type { NatsOptions } from '@nestjs/microservices';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { rpcSubject } from '@did/contracts';
import { runHop } from '@did/service-kit';
import { traceFromHeaders } from '../trace-headers';

type NatsClient = Parameters<ServerNats['bindEvents']>[0];
type NatsMessage = Parameters<ServerNats['handleMessage']>[1];

/**
 * The NestJS NATS transport with the deployment prefix added to every subscribed subject, so handlers
 * keep writing `@MessagePattern('inventory.health')` while two deployments share one NATS server.
 * Every handler joins the queue group `queue` (the service name), so replicas share the load.
 */
export class PrefixedServerNats extends ServerNats {
  constructor(
    private readonly prefix: string,
    private readonly natsOptions: NonNullable<NatsOptions['options']>,
  ) {
    super(natsOptions);
  }

  private orm: MikroORM | null = null;

  /**
   * Gives every message its own MikroORM identity map (the ORM's request-context middleware covers
   * HTTP only). Done here rather than by a global interceptor, which Nest would also wrap around every
   * HTTP request of a hybrid app and which costs a few tens of microseconds a message.
   */
  useRequestContext(orm: MikroORM): this {
    this.orm = orm;
    return this;
  }

  private readonly rpcLogger = new Logger('rpc');

  /**
   * Every message runs in the caller's trace (from its NATS headers; a new trace without them) and, with
   * an ORM, its own identity map. At LOG_LEVEL=debug each handled request is logged in that trace.
   */
  override handleMessage(channel: string, natsMsg: NatsMessage): Promise<unknown> {
    const orm = this.orm;
    return runHop(`rpc ${channel}`, 'server', traceFromHeaders(natsMsg.headers), async () => {
      const started = performance.now();
      try {
        return await (orm
          ? RequestContext.create(orm.em, () => super.handleMessage(channel, natsMsg))
          : super.handleMessage(channel, natsMsg));
      } finally {
        this.rpcLogger.debug({
          msg: `handled ${channel}`,
          subject: channel,
          duration_ms: Math.round((performance.now() - started) * 10) / 10,
        });
      }
    });
  }

  /**
   * Nest tries JSON.parse on every incoming pattern (patterns may be objects) and falls back to the
   * string when it throws. Ours are plain strings like `inventory.search`: the SyntaxError and its
   * stack trace cost more than the rest of the routing, on every message.
   */
  override getRouteFromPattern(pattern: string): string {
    const first = pattern.charCodeAt(0);
    const mayBeJson = first === 0x7b /* { */ || first === 0x5b /* [ */ || first === 0x22; /* " */
    return mayBeJson ? super.getRouteFromPattern(pattern) : this.normalizePattern(pattern);
  }

  /**
   * Subscribes, then waits for the server to have the subscriptions before listen() resolves: a caller
   * on another connection asking right after start would otherwise find no responder (seen under load).
   */
  override start(callback: (err?: unknown, ...optionalParams: unknown[]) => void): void {
    // `natsClient` is private in ServerNats; listen() has just connected it.
    const client = (this as unknown as { natsClient: NatsClient }).natsClient;
    this.bindEvents(client);
    client.flush().then(
      () => callback(),
      (err: unknown) => callback(err),
    );
  }

  override bindEvents(client: NatsClient): void {
    const queue = this.natsOptions.queue;
    // `subscriptions` is private in ServerNats; close() unsubscribes them on graceful shutdown.
    const subscriptions = (this as unknown as { subscriptions: unknown[] }).subscriptions;
    for (const [pattern, handler] of this.messageHandlers) {
      const sub = client.subscribe(rpcSubject(this.prefix, pattern), {
        queue: handler.extras?.queue ?? queue,
        callback: this.getMessageHandler(pattern).bind(this),
      });
      subscriptions.push(sub);
    }
  }
}
