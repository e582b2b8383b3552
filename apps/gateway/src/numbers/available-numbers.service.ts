import { Injectable } from '@nestjs/common';
import {
  AvailableNumber,
  AvailableNumbersQuery,
  AvailableSummaryQuery,
  AvailableSummaryReply,
  AvailableSummaryReplySchema,
  InventoryPatterns,
  SearchAvailableReplySchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';
import { publicList, PublicList } from '../http/cursor';

/** Number search, answered by inventory. */
@Injectable()
export class AvailableNumbersService {
  constructor(private readonly rpc: RpcClient) {}

  async search(
    actor: Actor,
    query: AvailableNumbersQuery,
  ): Promise<PublicList<AvailableNumber, { total_capped: boolean }>> {
    const { data, meta } = await this.rpc.request(
      InventoryPatterns.Search,
      { ...query, ...callerOf(actor) },
      { reply: SearchAvailableReplySchema },
    );
    return publicList(data, meta, { total_capped: meta.total_capped });
  }

  async summary(
    actor: Actor,
    query: AvailableSummaryQuery,
  ): Promise<
    PublicList<AvailableSummaryReply['data'][number], { group_by: AvailableSummaryReply['meta']['group_by'] }>
  > {
    const { data, meta } = await this.rpc.request(
      InventoryPatterns.Summary,
      { ...query, ...callerOf(actor) },
      { reply: AvailableSummaryReplySchema },
    );
    return publicList(data, meta, { group_by: meta.group_by });
  }
}
