import { z } from 'zod';

/** Largest accepted porting document (LOA, bill): 10 MB. */
export const MAX_PORTING_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * Documents cross NATS in chunks of this many bytes (base64 in JSON): the default NATS max_payload
 * is 1 MB, so a 10 MB file cannot travel in one message.
 */
export const PORTING_DOCUMENT_CHUNK_BYTES = 256 * 1024;

/** The most chunks one document can have (a 10 MB file in 256 KB chunks). */
export const MAX_PORTING_DOCUMENT_CHUNKS = Math.ceil(MAX_PORTING_DOCUMENT_BYTES / PORTING_DOCUMENT_CHUNK_BYTES);

/** What a document is for. WARNING: persisted. */
export const PORTING_DOCUMENT_TYPES = ['loa', 'invoice', 'other'] as const;
export type PortingDocumentType = (typeof PORTING_DOCUMENT_TYPES)[number];

/** Content types accepted, decided by the file's first bytes, never by its name or declared type. */
export const PORTING_DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type PortingDocumentContentType = (typeof PORTING_DOCUMENT_CONTENT_TYPES)[number];

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The content type of a file by its magic bytes: `%PDF-`, the PNG signature, or JPEG's FF D8 FF; null for anything else. */
export function sniffDocumentType(head: Uint8Array): PortingDocumentContentType | null {
  const starts = (sig: number[]) => head.length >= sig.length && sig.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts(PNG)) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };

/** Request/reply patterns of porting documents. WARNING: subjects callers depend on. */
export const PortingDocumentPatterns = {
  /** Stores one chunk of an upload (idempotent per upload id and index). */
  PutChunk: 'porting.documents.put_chunk',
  /** Checks the chunks (count, size, checksum, magic bytes) and makes them a document. */
  Finish: 'porting.documents.finish',
  Get: 'porting.documents.get',
  ReadChunk: 'porting.documents.read_chunk',
  /** Drops the chunks of an upload that will not be finished (a finished document is never touched). */
  Discard: 'porting.documents.discard',
} as const;

export const PortingDocumentIdSchema = z.string().regex(/^pdoc_[0-9a-z]{10,40}$/, 'a document id such as pdoc_...');

export const PutDocumentChunkRequestSchema = z.object({
  ...callerShape,
  document_id: PortingDocumentIdSchema,
  index: z
    .number()
    .int()
    .min(0)
    .max(MAX_PORTING_DOCUMENT_CHUNKS - 1),
  data_base64: z.string().max(Math.ceil((PORTING_DOCUMENT_CHUNK_BYTES * 4) / 3) + 8),
});
export type PutDocumentChunkRequest = z.infer<typeof PutDocumentChunkRequestSchema>;

export const FinishDocumentRequestSchema = z.object({
  ...callerShape,
  document_id: PortingDocumentIdSchema,
  document_type: z.enum(PORTING_DOCUMENT_TYPES),
  filename: z.string().max(255).nullable(),
  chunks: z.number().int().min(1).max(MAX_PORTING_DOCUMENT_CHUNKS),
  size_bytes: z.number().int().min(1).max(MAX_PORTING_DOCUMENT_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FinishDocumentRequest = z.infer<typeof FinishDocumentRequestSchema>;

export const DocumentRefRequestSchema = z.object({ ...callerShape, document_id: z.string().min(1).max(100) });
export type DocumentRefRequest = z.infer<typeof DocumentRefRequestSchema>;

export const ReadDocumentChunkRequestSchema = z.object({
  ...callerShape,
  document_id: z.string().min(1).max(100),
  index: z
    .number()
    .int()
    .min(0)
    .max(MAX_PORTING_DOCUMENT_CHUNKS - 1),
});
export type ReadDocumentChunkRequest = z.infer<typeof ReadDocumentChunkRequestSchema>;

export const DocumentChunkSchema = z.object({
  document_id: z.string(),
  index: z.number().int(),
  data_base64: z.string(),
});
export type DocumentChunk = z.infer<typeof DocumentChunkSchema>;

/** The public document resource (the file itself is `GET .../porting-documents/{id}/file`). */
export const PortingDocumentSchema = z.object({
  id: z.string(),
  record_type: z.literal('porting_document'),
  account_id: z.string(),
  document_type: z.enum(PORTING_DOCUMENT_TYPES),
  filename: z.string().nullable(),
  content_type: z.enum(PORTING_DOCUMENT_CONTENT_TYPES),
  size_bytes: z.number().int(),
  sha256: z.string(),
  chunks: z.number().int(),
  created_at: z.string(),
});
export type PortingDocument = z.infer<typeof PortingDocumentSchema>;
