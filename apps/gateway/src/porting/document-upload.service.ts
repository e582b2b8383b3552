import type {} from '@fastify/multipart';
import { Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  MAX_PORTING_DOCUMENT_BYTES,
  PORTING_DOCUMENT_TYPES,
  PortingDocument,
  PortingDocumentPatterns,
  PortingDocumentSchema,
  PortingDocumentType,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { randomId } from '@did/service-kit';
import { Actor } from '../auth/actor';
import { walletCallerOf } from '../billing/wallet-caller';
import { ChunkedDocumentWriter, WrittenDocument } from './chunked-document-writer';
import { uploadErrorOf, uploadErrors } from './upload-errors';

/** Room for the part headers and the document_type field around a largest file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Streams an uploaded document from the request to porting. The multipart body is read here, in the
 * handler (so after authentication), part by part under @fastify/multipart's limits; the file is
 * checked by its first bytes, hashed and sent in 256 KB chunks as it arrives, then finished.
 */
@Injectable()
export class DocumentUploadService {
  private readonly logger = new Logger(DocumentUploadService.name);

  constructor(private readonly rpc: RpcClient) {}

  async upload(actor: Actor, request: FastifyRequest): Promise<PortingDocument> {
    if (!request.isMultipart()) throw uploadErrors.notMultipart();
    // A body that declares more than any valid upload can be is refused before a byte of it is read.
    if (Number(request.headers['content-length'] ?? 0) > MAX_PORTING_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES)
      throw uploadErrors.tooLarge();
    const caller = walletCallerOf(actor);
    const ref = { account_id: caller.account_id, partner_id: caller.partner_id, document_id: randomId('pdoc') };
    const writer = new ChunkedDocumentWriter(async (index, data) => {
      await this.rpc.request(PortingDocumentPatterns.PutChunk, { ...ref, index, data_base64: data.toString('base64') });
    });
    let documentType: PortingDocumentType = 'loa';
    let file: { filename: string | null; written: WrittenDocument } | null = null;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file' && part.fieldname === 'file') {
          for await (const data of part.file) await writer.write(data as Buffer);
          if (part.file.truncated) throw uploadErrors.tooLarge();
          file = { filename: part.filename ? part.filename.slice(0, 255) : null, written: await writer.end() };
        } else if (part.type === 'field' && part.fieldname === 'document_type') {
          documentType = parseDocumentType(part.value);
        } else {
          throw uploadErrors.unknownPart(part.fieldname);
        }
      }
      if (!file) throw uploadErrors.missingFile();
    } catch (err) {
      if (writer.chunksSent > 0) this.discard(ref);
      throw uploadErrorOf(err);
    }
    const { written } = file;
    return this.rpc.request(
      PortingDocumentPatterns.Finish,
      {
        ...ref,
        document_type: documentType,
        filename: file.filename,
        chunks: written.chunks,
        size_bytes: written.sizeBytes,
        sha256: written.sha256,
      },
      { reply: PortingDocumentSchema },
    );
  }

  /** Best effort: porting's cleaner removes what this misses. */
  private discard(ref: { account_id: string; partner_id: string | null; document_id: string }): void {
    this.rpc
      .request(PortingDocumentPatterns.Discard, ref)
      .catch((err: Error) => this.logger.warn(`discarding upload ${ref.document_id} failed: ${err.message}`));
  }
}

function parseDocumentType(value: unknown): PortingDocumentType {
  const text = String(value).trim();
  if (!(PORTING_DOCUMENT_TYPES as readonly string[]).includes(text)) throw uploadErrors.badDocumentType();
  return text as PortingDocumentType;
}
