import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DocumentChunk as DocumentChunkReply,
  DocumentRefRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  FinishDocumentRequest,
  MAX_PORTING_DOCUMENT_BYTES,
  PortingDocument as PortingDocumentView,
  PutDocumentChunkRequest,
  ReadDocumentChunkRequest,
  sniffDocumentType,
} from '@did/contracts';
import { sql } from '@did/persistence';
import { CLOCK, Clock } from '@did/service-kit';
import { PORTING_CONFIG, PortingConfig } from '../config';
import { assertRoom, DocumentLimits, lockedUsage } from './document-quota';
import { DocumentChunk } from './entities/document-chunk.entity';
import { PortingDocument } from './entities/porting-document.entity';

/**
 * LOAs and bills, stored durably in PostgreSQL with a SHA-256. The gateway streams the upload in
 * chunks; finishing checks the size, the checksum and the magic bytes again here, the owner of the
 * data, so a document that exists is always one of PDF, PNG or JPEG and at most 10 MB. Each account
 * has a quota (documents and bytes, unfinished uploads included), checked under a per-account lock.
 */
@Injectable()
export class DocumentsService {
  private readonly limits: DocumentLimits;

  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PORTING_CONFIG) config: PortingConfig,
  ) {
    this.limits = {
      maxDocuments: config.PORTING_DOCUMENTS_MAX_PER_ACCOUNT,
      maxBytes: config.PORTING_DOCUMENTS_MAX_BYTES_PER_ACCOUNT,
    };
  }

  async putChunk(request: PutDocumentChunkRequest): Promise<{ document_id: string; index: number }> {
    const data = Buffer.from(request.data_base64, 'base64');
    await this.em.fork().transactional(async (tx) => {
      assertRoom(
        await lockedUsage(tx, request.account_id, { documentId: request.document_id, index: request.index }),
        this.limits,
        data.length,
      );
      // A retried chunk rewrites itself; another account's upload id and a finished document's bytes are never touched.
      await sql(
        tx,
        `insert into "porting"."document_chunks" (document_id, index, account_id, data, created_at) values (?, ?, ?, ?, ?)
         on conflict (document_id, index) do update set data = excluded.data
         where document_chunks.account_id = excluded.account_id and not document_chunks.finished`,
        [request.document_id, request.index, request.account_id, data, this.clock.now()],
      );
    });
    return { document_id: request.document_id, index: request.index };
  }

  async finish(request: FinishDocumentRequest): Promise<PortingDocumentView> {
    return this.em.fork().transactional(async (em) => {
      const usage = await lockedUsage(em, request.account_id);
      // A retried finish answers the document it made.
      const existing = await em.findOne(PortingDocument, { id: request.document_id, accountId: request.account_id });
      if (existing) return present(existing);
      // Its bytes are already counted as pending: only the document count can overflow here.
      assertRoom(usage, this.limits, 0);
      const chunks = await em.find(
        DocumentChunk,
        { documentId: request.document_id, accountId: request.account_id, finished: false },
        { orderBy: { index: 'asc' } },
      );
      const size = chunks.reduce((n, c) => n + c.data.length, 0);
      if (chunks.length !== request.chunks || chunks.some((c, i) => c.index !== i) || size !== request.size_bytes) {
        throw new DomainError(
          ErrorType.InvalidRequest,
          ErrorCode.ValidationFailed,
          `Upload ${request.document_id} is incomplete (${chunks.length} of ${request.chunks} chunks, ${size} bytes).`,
        );
      }
      if (size > MAX_PORTING_DOCUMENT_BYTES) throw tooLarge(size);
      const contentType = sniffDocumentType(chunks[0].data.subarray(0, 16));
      if (!contentType) throw unsupported();
      const hash = createHash('sha256');
      for (const c of chunks) hash.update(c.data);
      if (hash.digest('hex') !== request.sha256)
        throw new DomainError(
          ErrorType.InvalidRequest,
          ErrorCode.ValidationFailed,
          'The file does not match its checksum; upload it again.',
        );
      // Marking the chunks locks them: a cleaner deleting this upload at the same moment waits, then skips them.
      for (const c of chunks) c.finished = true;
      const doc = em.create(PortingDocument, {
        id: request.document_id,
        accountId: request.account_id,
        documentType: request.document_type,
        filename: request.filename,
        contentType,
        sizeBytes: size,
        sha256: request.sha256,
        chunks: chunks.length,
        createdAt: this.clock.now(),
      });
      await em.flush();
      return present(doc);
    });
  }

  /** Drops the chunks of the caller's unfinished upload (the gateway gave up on it); a finished document is untouched. */
  async discard(request: DocumentRefRequest): Promise<{ document_id: string; discarded_chunks: number }> {
    const rows = await sql(
      this.em.fork(),
      `delete from "porting"."document_chunks" where document_id = ? and account_id = ? and not finished returning index`,
      [request.document_id, request.account_id],
    );
    return { document_id: request.document_id, discarded_chunks: rows.length };
  }

  async get(request: DocumentRefRequest): Promise<PortingDocumentView> {
    return present(await this.find(request.account_id, request.document_id));
  }

  async readChunk(request: ReadDocumentChunkRequest): Promise<DocumentChunkReply> {
    await this.find(request.account_id, request.document_id);
    const chunk = await this.em
      .fork()
      .findOne(DocumentChunk, { documentId: request.document_id, index: request.index, accountId: request.account_id });
    if (!chunk) throw notFound(request.document_id);
    return { document_id: request.document_id, index: request.index, data_base64: chunk.data.toString('base64') };
  }

  /** Documents of `accountId` among `ids`; any other id is a field error naming it. */
  async assertOwned(accountId: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const found = await this.em.fork().find(PortingDocument, { id: { $in: ids }, accountId }, { fields: ['id'] });
    const known = new Set(found.map((d) => d.id));
    const missing = ids.map((id, i) => ({ id, i })).filter((d) => !known.has(d.id));
    if (missing.length) {
      throw new DomainError(
        ErrorType.InvalidRequest,
        ErrorCode.ValidationFailed,
        `Unknown documents: ${missing.map((m) => m.id).join(', ')}.`,
        missing.map((m) => ({
          field: `documents[${m.i}]`,
          rule: 'exists',
          message: `${m.id} is not one of your porting documents`,
        })),
      );
    }
  }

  private async find(accountId: string, id: string): Promise<PortingDocument> {
    const doc = await this.em.fork().findOne(PortingDocument, { id, accountId });
    if (!doc) throw notFound(id);
    return doc;
  }
}

function notFound(id: string): DomainError {
  return new DomainError(ErrorType.NotFound, ErrorCode.PortingDocumentNotFound, `No porting document ${id}.`);
}

export function tooLarge(size: number): DomainError {
  return new DomainError(
    ErrorType.PayloadTooLarge,
    ErrorCode.DocumentTooLarge,
    `The document is ${size} bytes; at most ${MAX_PORTING_DOCUMENT_BYTES} (10 MB) are accepted.`,
  );
}

export function unsupported(): DomainError {
  return new DomainError(
    ErrorType.UnsupportedMediaType,
    ErrorCode.DocumentTypeUnsupported,
    'The file is not a PDF, PNG or JPEG (judged by its content, not its name).',
  );
}

function present(d: PortingDocument): PortingDocumentView {
  return {
    id: d.id,
    record_type: 'porting_document',
    account_id: d.accountId,
    document_type: d.documentType,
    filename: d.filename,
    content_type: d.contentType,
    size_bytes: d.sizeBytes,
    sha256: d.sha256,
    chunks: d.chunks,
    created_at: d.createdAt.toISOString(),
  };
}
