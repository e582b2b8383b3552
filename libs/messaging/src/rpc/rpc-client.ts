import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createInbox, JSONCodec, Msg, MsgHdrs, NatsConnection, NatsError, Subscription } from 'nats';
import { z } from 'zod';
import { DomainError, ErrorCode, ErrorType, isErrorPayload, rpcSubject } from '@did/contracts';
import { inSpan, processCounter, processHistogram } from '@did/service-kit';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '../messaging.options';
import { traceHeaders } from '../trace-headers';

const codec = JSONCodec<unknown>();

/** NATS answers a request nobody is subscribed to with an empty message carrying status 503. */
const NO_RESPONDERS_STATUS = 503;

/** The reply packet of the NestJS NATS transport. */
interface NestReply {
  response?: unknown;
  err?: unknown;
  isDisposed?: boolean;
}

interface PendingReply {
  resolve: (data: Uint8Array) => void;
  reject: (err: DomainError) => void;
  timer: NodeJS.Timeout;
  service: string;
  pattern: string;
}

/** Calls made by this process, per pattern and outcome (`ok`, or the error type: `timeout`, `unavailable`, `conflict`...), and their latency. */
const rpcCalls = processCounter(
  'did_rpc_client_requests_total',
  'Request/reply calls this service made, by pattern and outcome (ok or the error type).',
  ['pattern', 'outcome'],
);
const rpcSeconds = processHistogram(
  'did_rpc_client_request_duration_seconds',
  'Latency of the request/reply calls this service made, by pattern.',
  ['pattern'],
);

/**
 * Request/reply client for NestJS NATS handlers. Like nats.js's own `request()` (and unlike
 * `ClientProxy.send`), a service that is down answers "no responders" at once instead of hanging
 * until the timeout; every call still has a timeout. Remote errors come back as DomainErrors with
 * their code.
 *
 * Replies arrive on one wildcard inbox subscription of this client, matched to their request by a
 * token. That is what nats.js's request does too, but it also builds three Error objects per call
 * (stack traces for async debugging), a cost on every request of the gateway's hot path.
 */
@Injectable()
export class RpcClient implements OnModuleDestroy {
  private inbox: string | null = null;
  private subscription: Subscription | null = null;
  private readonly pending = new Map<string, PendingReply>();
  private nextToken = 0;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<T = unknown>(
    pattern: string,
    data: unknown,
    opts: { timeoutMs?: number; reply?: z.ZodType<T> } = {},
  ): Promise<T> {
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await this.call(pattern, data, opts);
    } catch (err) {
      outcome = err instanceof DomainError ? err.type : 'error';
      throw err;
    } finally {
      rpcCalls.inc({ pattern, outcome });
      rpcSeconds.observe({ pattern }, (performance.now() - started) / 1000);
    }
  }

  private async call<T>(
    pattern: string,
    data: unknown,
    opts: { timeoutMs?: number; reply?: z.ZodType<T> },
  ): Promise<T> {
    const subject = rpcSubject(this.options.prefix, pattern);
    const timeout = opts.timeoutMs ?? this.options.rpcTimeoutMs;
    const service = pattern.split('.')[0];
    // The caller's trace goes along in NATS headers (the client span's, when spans are exported), so the handler's logs and events carry it.
    const payload = codec.encode({ pattern, data, id: randomUUID() });
    const bytes = await inSpan(`rpc ${pattern}`, 'client', () =>
      this.exchange(subject, payload, traceHeaders(), timeout, service, pattern),
    );
    const packet = codec.decode(bytes) as NestReply;
    if (packet.err !== undefined && packet.err !== null) {
      if (isErrorPayload(packet.err)) throw DomainError.fromPayload(packet.err);
      throw new DomainError(ErrorType.Internal, ErrorCode.InternalError, `${service} failed to answer ${pattern}`);
    }
    return opts.reply ? opts.reply.parse(packet.response) : (packet.response as T);
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.inbox = null;
  }

  /** Publishes `payload` with a reply subject of this client's inbox and waits for the one reply. */
  private exchange(
    subject: string,
    payload: Uint8Array,
    headers: MsgHdrs | undefined,
    timeout: number,
    service: string,
    pattern: string,
  ): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      let inbox: string;
      try {
        inbox = this.replyInbox();
      } catch (err) {
        return reject(transportError(err, service));
      }
      const token = String(this.nextToken++);
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(
          new DomainError(
            ErrorType.Timeout,
            ErrorCode.ServiceTimeout,
            `The ${service} service did not answer ${pattern} within ${timeout} ms.`,
          ),
        );
      }, timeout);
      this.pending.set(token, { resolve, reject, timer, service, pattern });
      try {
        this.nc.publish(subject, payload, { reply: `${inbox}.${token}`, headers });
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(token);
        reject(transportError(err, service));
      }
    });
  }

  private replyInbox(): string {
    if (this.inbox && this.subscription && !this.subscription.isClosed()) return this.inbox;
    const inbox = createInbox();
    this.subscription = this.nc.subscribe(`${inbox}.*`, { callback: (err, msg) => this.onReply(err, msg, inbox) });
    this.inbox = inbox;
    return inbox;
  }

  private onReply(err: NatsError | null, msg: Msg, inbox: string): void {
    if (err) return;
    const token = msg.subject.slice(inbox.length + 1);
    const waiting = this.pending.get(token);
    // Late (after its timeout) or not ours: nobody waits for it.
    if (!waiting) return;
    this.pending.delete(token);
    clearTimeout(waiting.timer);
    if (msg.data.length === 0 && msg.headers?.code === NO_RESPONDERS_STATUS) {
      const { service, pattern } = waiting;
      return waiting.reject(
        new DomainError(
          ErrorType.Unavailable,
          ErrorCode.ServiceUnavailable,
          `The ${service} service is not running (no responder for ${pattern}).`,
        ),
      );
    }
    waiting.resolve(msg.data);
  }
}

function transportError(err: unknown, service: string): DomainError {
  return new DomainError(
    ErrorType.Unavailable,
    ErrorCode.ServiceUnavailable,
    `Cannot reach the ${service} service: ${(err as Error).message}`,
  );
}
