import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CancelPortOrderBody,
  CreatePortOrderBody,
  CsrCoverageBody,
  CsrCoverageReply,
  CsrCoverageReplySchema,
  DocumentChunkSchema,
  DomainError,
  ErrorCode,
  ErrorType,
  ListPortOrdersQuery,
  MAX_PORTING_DOCUMENT_BYTES,
  PORTING_DOCUMENT_CHUNK_BYTES,
  PORTING_DOCUMENT_TYPES,
  PortabilityCheckReply,
  PortabilityCheckReplySchema,
  PortCommentBody,
  PortingDocument,
  PortingDocumentPatterns,
  PortingDocumentSchema,
  PortingDocumentType,
  PortingPatterns,
  PortOrder,
  PortOrderList,
  PortOrderListSchema,
  PortOrderSchema,
  PortTimeline,
  PortTimelineSchema,
  sniffDocumentType,
  UpdatePortOrderBody,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { randomId } from '@did/service-kit';
import { Actor } from '../auth/actor';
import { walletCallerOf } from '../billing/wallet-caller';
import { documentTooLarge, parseMultipart } from './multipart';
import { RawMultipart } from './multipart.parser';

/** Porting over porting's RPCs, every call scoped to the acting account (another account's order or document is 404). */
@Injectable()
export class PortingService {
  constructor(private readonly rpc: RpcClient) {}

  portability(phoneNumbers: string[]): Promise<PortabilityCheckReply> {
    return this.rpc.request(PortingPatterns.PortabilityCheck, { phone_numbers: phoneNumbers }, { reply: PortabilityCheckReplySchema });
  }

  csr(body: CsrCoverageBody): Promise<CsrCoverageReply> {
    return this.rpc.request(PortingPatterns.CsrCoverage, body, { reply: CsrCoverageReplySchema });
  }

  /** Checks the file by its first bytes and its size here, then streams it to porting in chunks (NATS messages are small). */
  async upload(actor: Actor, body: RawMultipart | undefined): Promise<PortingDocument> {
    if (!body?.raw) throw new DomainError(ErrorType.UnsupportedMediaType, ErrorCode.UnsupportedMediaType, 'Send the document as multipart/form-data with a "file" part.');
    const parts = parseMultipart(body.raw, body.contentType);
    const file = parts.find((p) => p.name === 'file');
    if (!file) throw new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'The "file" part is missing.', [{ field: 'file', rule: 'required', message: 'attach the document as the "file" part' }]);
    const unknown = parts.filter((p) => p.name !== 'file' && p.name !== 'document_type');
    if (unknown.length) throw new DomainError(ErrorType.InvalidRequest, ErrorCode.UnknownField, `Unknown parts: ${unknown.map((p) => p.name).join(', ')}.`, unknown.map((p) => ({ field: p.name, rule: 'unknown_field', message: `${p.name} is not a recognised field` })));
    const typePart = parts.find((p) => p.name === 'document_type')?.data.toString('utf8').trim() ?? 'loa';
    if (!(PORTING_DOCUMENT_TYPES as readonly string[]).includes(typePart)) {
      throw new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, `document_type must be one of ${PORTING_DOCUMENT_TYPES.join(', ')}.`, [{ field: 'document_type', rule: 'enum', message: `one of ${PORTING_DOCUMENT_TYPES.join(', ')}` }]);
    }
    if (file.data.length > MAX_PORTING_DOCUMENT_BYTES) throw documentTooLarge();
    if (!file.data.length) throw new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, 'The file is empty.', [{ field: 'file', rule: 'min:1', message: 'the file is empty' }]);
    if (!sniffDocumentType(file.data.subarray(0, 16))) {
      throw new DomainError(ErrorType.UnsupportedMediaType, ErrorCode.DocumentTypeUnsupported, 'The file is not a PDF, PNG or JPEG (judged by its content, not its name or declared type).');
    }
    const caller = walletCallerOf(actor);
    const documentId = randomId('pdoc');
    const chunks = Math.ceil(file.data.length / PORTING_DOCUMENT_CHUNK_BYTES);
    for (let i = 0; i < chunks; i++) {
      const data = file.data.subarray(i * PORTING_DOCUMENT_CHUNK_BYTES, (i + 1) * PORTING_DOCUMENT_CHUNK_BYTES);
      await this.rpc.request(PortingDocumentPatterns.PutChunk, { account_id: caller.account_id, partner_id: caller.partner_id, document_id: documentId, index: i, data_base64: data.toString('base64') });
    }
    return this.rpc.request(
      PortingDocumentPatterns.Finish,
      {
        account_id: caller.account_id,
        partner_id: caller.partner_id,
        document_id: documentId,
        document_type: typePart as PortingDocumentType,
        filename: file.filename?.slice(0, 255) ?? null,
        chunks,
        size_bytes: file.data.length,
        sha256: createHash('sha256').update(file.data).digest('hex'),
      },
      { reply: PortingDocumentSchema },
    );
  }

  document(actor: Actor, id: string): Promise<PortingDocument> {
    const caller = walletCallerOf(actor);
    return this.rpc.request(PortingDocumentPatterns.Get, { account_id: caller.account_id, partner_id: caller.partner_id, document_id: id }, { reply: PortingDocumentSchema });
  }

  async file(actor: Actor, id: string): Promise<{ document: PortingDocument; data: Buffer }> {
    const caller = walletCallerOf(actor);
    const document = await this.document(actor, id);
    const parts: Buffer[] = [];
    for (let i = 0; i < document.chunks; i++) {
      const chunk = await this.rpc.request(PortingDocumentPatterns.ReadChunk, { account_id: caller.account_id, partner_id: caller.partner_id, document_id: id, index: i }, { reply: DocumentChunkSchema });
      parts.push(Buffer.from(chunk.data_base64, 'base64'));
    }
    return { document, data: Buffer.concat(parts) };
  }

  create(actor: Actor, body: CreatePortOrderBody): Promise<PortOrder> {
    return this.rpc.request(PortingPatterns.Create, { caller: walletCallerOf(actor), body }, { reply: PortOrderSchema });
  }

  get(actor: Actor, id: string): Promise<PortOrder> {
    return this.rpc.request(PortingPatterns.Get, { caller: walletCallerOf(actor), order_id: id }, { reply: PortOrderSchema });
  }

  list(actor: Actor, query: ListPortOrdersQuery): Promise<PortOrderList> {
    return this.rpc.request(PortingPatterns.List, { caller: walletCallerOf(actor), query }, { reply: PortOrderListSchema });
  }

  update(actor: Actor, id: string, body: UpdatePortOrderBody): Promise<PortOrder> {
    return this.rpc.request(PortingPatterns.Update, { caller: walletCallerOf(actor), order_id: id, body }, { reply: PortOrderSchema });
  }

  submit(actor: Actor, id: string): Promise<PortOrder> {
    return this.rpc.request(PortingPatterns.Submit, { caller: walletCallerOf(actor), order_id: id }, { reply: PortOrderSchema });
  }

  cancel(actor: Actor, id: string, body: CancelPortOrderBody): Promise<PortOrder> {
    return this.rpc.request(PortingPatterns.Cancel, { caller: walletCallerOf(actor), order_id: id, body }, { reply: PortOrderSchema });
  }

  timeline(actor: Actor, id: string): Promise<PortTimeline> {
    return this.rpc.request(PortingPatterns.Timeline, { caller: walletCallerOf(actor), order_id: id }, { reply: PortTimelineSchema });
  }

  comment(actor: Actor, id: string, body: PortCommentBody): Promise<PortTimeline> {
    return this.rpc.request(PortingPatterns.Comment, { caller: walletCallerOf(actor), order_id: id, body }, { reply: PortTimelineSchema });
  }
}
