import { Injectable } from '@nestjs/common';
import {
  CancelPortOrderBody,
  CreatePortOrderBody,
  CsrCoverageBody,
  CsrCoverageReply,
  CsrCoverageRpcReplySchema,
  DomainError,
  ErrorCode,
  ErrorType,
  DocumentChunkSchema,
  ListPortOrdersQuery,
  PortabilityCheckReply,
  PortabilityCheckReplySchema,
  PortCommentBody,
  PortingDocument,
  PortingDocumentPatterns,
  PortingDocumentSchema,
  PortingPatterns,
  PortOrder,
  PortOrderList,
  PortOrderListSchema,
  PortOrderSchema,
  PortTimeline,
  PortTimelineSchema,
  UpdatePortOrderBody,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { walletCallerOf } from '../billing/wallet-caller';

/** Porting over porting's RPCs, every call scoped to the acting account (another account's order or document is 404). */
@Injectable()
export class PortingService {
  constructor(private readonly rpc: RpcClient) {}

  portability(phoneNumbers: string[]): Promise<PortabilityCheckReply> {
    return this.rpc.request(
      PortingPatterns.PortabilityCheck,
      { phone_numbers: phoneNumbers },
      { reply: PortabilityCheckReplySchema },
    );
  }

  /**
   * CSRs of numbers on the caller's open port orders. Over the account's hourly CSR budget it is 429
   * rate_limit_exceeded, after `retryAfter` is told how many seconds to wait (the Retry-After header).
   */
  async csr(actor: Actor, body: CsrCoverageBody, retryAfter: (seconds: number) => void): Promise<CsrCoverageReply> {
    const reply = await this.rpc.request(
      PortingPatterns.CsrCoverage,
      { caller: walletCallerOf(actor), phone_numbers: body.phone_numbers },
      { reply: CsrCoverageRpcReplySchema },
    );
    if (reply.rate_limited) {
      const { limit_per_hour, retry_after_seconds } = reply.rate_limited;
      retryAfter(retry_after_seconds);
      throw new DomainError(
        ErrorType.RateLimited,
        ErrorCode.RateLimitExceeded,
        `This account may fetch ${limit_per_hour} customer service records per hour; retry in ${retry_after_seconds} s.`,
      );
    }
    return { data: reply.data };
  }

  document(actor: Actor, id: string): Promise<PortingDocument> {
    const caller = walletCallerOf(actor);
    return this.rpc.request(
      PortingDocumentPatterns.Get,
      { account_id: caller.account_id, partner_id: caller.partner_id, document_id: id },
      { reply: PortingDocumentSchema },
    );
  }

  async file(actor: Actor, id: string): Promise<{ document: PortingDocument; data: Buffer }> {
    const caller = walletCallerOf(actor);
    const document = await this.document(actor, id);
    const parts: Buffer[] = [];
    for (let i = 0; i < document.chunks; i++) {
      const chunk = await this.rpc.request(
        PortingDocumentPatterns.ReadChunk,
        { account_id: caller.account_id, partner_id: caller.partner_id, document_id: id, index: i },
        { reply: DocumentChunkSchema },
      );
      parts.push(Buffer.from(chunk.data_base64, 'base64'));
    }
    return { document, data: Buffer.concat(parts) };
  }

  create(actor: Actor, body: CreatePortOrderBody): Promise<PortOrder> {
    return this.rpc.request(
      PortingPatterns.Create,
      { caller: walletCallerOf(actor), body },
      { reply: PortOrderSchema },
    );
  }

  get(actor: Actor, id: string): Promise<PortOrder> {
    return this.rpc.request(
      PortingPatterns.Get,
      { caller: walletCallerOf(actor), order_id: id },
      { reply: PortOrderSchema },
    );
  }

  list(actor: Actor, query: ListPortOrdersQuery): Promise<PortOrderList> {
    return this.rpc.request(
      PortingPatterns.List,
      { caller: walletCallerOf(actor), query },
      { reply: PortOrderListSchema },
    );
  }

  update(actor: Actor, id: string, body: UpdatePortOrderBody): Promise<PortOrder> {
    return this.rpc.request(
      PortingPatterns.Update,
      { caller: walletCallerOf(actor), order_id: id, body },
      { reply: PortOrderSchema },
    );
  }

  submit(actor: Actor, id: string): Promise<PortOrder> {
    return this.rpc.request(
      PortingPatterns.Submit,
      { caller: walletCallerOf(actor), order_id: id },
      { reply: PortOrderSchema },
    );
  }

  cancel(actor: Actor, id: string, body: CancelPortOrderBody): Promise<PortOrder> {
    return this.rpc.request(
      PortingPatterns.Cancel,
      { caller: walletCallerOf(actor), order_id: id, body },
      { reply: PortOrderSchema },
    );
  }

  timeline(actor: Actor, id: string): Promise<PortTimeline> {
    return this.rpc.request(
      PortingPatterns.Timeline,
      { caller: walletCallerOf(actor), order_id: id },
      { reply: PortTimelineSchema },
    );
  }

  comment(actor: Actor, id: string, body: PortCommentBody): Promise<PortTimeline> {
    return this.rpc.request(
      PortingPatterns.Comment,
      { caller: walletCallerOf(actor), order_id: id, body },
      { reply: PortTimelineSchema },
    );
  }
}
