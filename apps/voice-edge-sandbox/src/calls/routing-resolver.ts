import { Injectable } from '@nestjs/common';
import {
  ResolveMessageReply,
  ResolveMessageReplySchema,
  ResolveMessageRequest,
  ResolveMessageRequestSchema,
  ResolveReply,
  ResolveReplySchema,
  ResolveRequest,
  ResolveRequestSchema,
  RoutingPatterns,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';

/**
 * The edge's two questions to the platform over NATS request/reply: `routing.resolve` for a call,
 * `routing.resolve_message` for a message. Errors (number
 * not found, routing down or slow) arrive as DomainErrors with routing's code.
 */
@Injectable()
export class RoutingResolver {
  constructor(private readonly rpc: RpcClient) {}

  resolve(request: ResolveRequest): Promise<ResolveReply> {
    return this.rpc.request(RoutingPatterns.Resolve, ResolveRequestSchema.parse(request), {
      reply: ResolveReplySchema,
    });
  }

  resolveMessage(request: ResolveMessageRequest): Promise<ResolveMessageReply> {
    return this.rpc.request(RoutingPatterns.ResolveMessage, ResolveMessageRequestSchema.parse(request), {
      reply: ResolveMessageReplySchema,
    });
  }
}
