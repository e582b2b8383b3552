import { Injectable } from '@nestjs/common';
import { AvailableNumbersQuery, AvailableSummaryQuery, AvailableSummaryReply, AvailableSummaryReplySchema, InventoryPatterns, SearchAvailableReply, SearchAvailableReplySchema } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/** Number search, answered by inventory. */
@Injectable()
export class AvailableNumbersService {
  constructor(private readonly rpc: RpcClient) {}

  search(actor: Actor, query: AvailableNumbersQuery): Promise<SearchAvailableReply> {
    return this.rpc.request(InventoryPatterns.Search, { ...query, ...callerOf(actor) }, { reply: SearchAvailableReplySchema });
  }

  summary(actor: Actor, query: AvailableSummaryQuery): Promise<AvailableSummaryReply> {
    return this.rpc.request(InventoryPatterns.Summary, { ...query, ...callerOf(actor) }, { reply: AvailableSummaryReplySchema });
  }
}
