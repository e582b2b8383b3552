import { Injectable } from '@nestjs/common';
import { ResolveReply, ResolveReplySchema, ResolveRequest, ResolveRequestSchema, RoutingPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';

/**
 * The edge's one question to the platform: `routing.resolve` over NATS request/reply. Errors (number
 * not found, routing down or slow) arrive as DomainErrors with routing's code.
 */
@Injectable()
export class RoutingResolver {
  constructor(private readonly rpc: RpcClient) {}

  resolve(request: ResolveRequest): Promise<ResolveReply> {
    return this.rpc.request(RoutingPatterns.Resolve, ResolveRequestSchema.parse(request), { reply: ResolveReplySchema });
  }
}
