import { Injectable } from '@nestjs/common';
import {
  ClaimNumbersReply,
  ClaimNumbersReplySchema,
  ClaimNumbersRequest,
  NumberLifecyclePatterns,
  UnclaimNumbersReplySchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';

/** The registry's side of an order, over NATS: take the numbers for an order, or give them back. Both are idempotent per order id. */
@Injectable()
export class InventoryClaims {
  constructor(private readonly rpc: RpcClient) {}

  claim(request: ClaimNumbersRequest): Promise<ClaimNumbersReply> {
    return this.rpc.request(NumberLifecyclePatterns.Claim, request, { reply: ClaimNumbersReplySchema });
  }

  async unclaim(orderId: string): Promise<string[]> {
    return (
      await this.rpc.request(
        NumberLifecyclePatterns.Unclaim,
        { order_id: orderId },
        { reply: UnclaimNumbersReplySchema },
      )
    ).released;
  }
}
