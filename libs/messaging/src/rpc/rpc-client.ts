import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ErrorCode as NatsErrorCode, JSONCodec, NatsConnection, NatsError } from 'nats';
import { z } from 'zod';
import { DomainError, ErrorCode, ErrorType, isErrorPayload, rpcSubject } from '@did/contracts';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CONNECTION } from '../messaging.options';

const codec = JSONCodec<unknown>();

/** The reply packet of the NestJS NATS transport. */
interface NestReply {
  response?: unknown;
  err?: unknown;
  isDisposed?: boolean;
}

/**
 * Request/reply client for NestJS NATS handlers. Unlike `ClientProxy.send`, it uses NATS's native
 * request, so a service that is down answers "no responders" at once instead of hanging until the
 * timeout; every call still has a timeout. Remote errors come back as DomainErrors with their code.
 */
@Injectable()
export class RpcClient {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<T = unknown>(pattern: string, data: unknown, opts: { timeoutMs?: number; reply?: z.ZodType<T> } = {}): Promise<T> {
    const subject = rpcSubject(this.options.prefix, pattern);
    const timeout = opts.timeoutMs ?? this.options.rpcTimeoutMs;
    const service = pattern.split('.')[0];
    let packet: NestReply;
    try {
      const msg = await this.nc.request(subject, codec.encode({ pattern, data, id: randomUUID() }), { timeout });
      packet = codec.decode(msg.data) as NestReply;
    } catch (err) {
      throw this.transportError(err, service, pattern, timeout);
    }
    if (packet.err !== undefined && packet.err !== null) {
      if (isErrorPayload(packet.err)) throw DomainError.fromPayload(packet.err);
      throw new DomainError(ErrorType.Internal, ErrorCode.InternalError, `${service} failed to answer ${pattern}`);
    }
    return opts.reply ? opts.reply.parse(packet.response) : (packet.response as T);
  }

  private transportError(err: unknown, service: string, pattern: string, timeout: number): DomainError {
    const code = err instanceof NatsError ? err.code : undefined;
    if (code === NatsErrorCode.NoResponders) {
      return new DomainError(ErrorType.Unavailable, ErrorCode.ServiceUnavailable, `The ${service} service is not running (no responder for ${pattern}).`);
    }
    if (code === NatsErrorCode.Timeout) {
      return new DomainError(ErrorType.Timeout, ErrorCode.ServiceTimeout, `The ${service} service did not answer ${pattern} within ${timeout} ms.`);
    }
    return new DomainError(ErrorType.Unavailable, ErrorCode.ServiceUnavailable, `Cannot reach the ${service} service: ${(err as Error).message}`);
  }
}
