import { createHash, Hash } from 'node:crypto';
import {
  MAX_PORTING_DOCUMENT_BYTES,
  PORTING_DOCUMENT_CHUNK_BYTES,
  PortingDocumentContentType,
  sniffDocumentType,
} from '@did/contracts';
import { uploadErrors } from './upload-errors';

/** Bytes the content sniffer looks at (the longest signature, PNG's, is 8). */
const HEAD_BYTES = 16;

/** What the writer saw once the whole file went through it. */
export interface WrittenDocument {
  chunks: number;
  sizeBytes: number;
  sha256: string;
  contentType: PortingDocumentContentType;
}

/**
 * Takes a file as it streams in: checks its first bytes (PDF, PNG or JPEG) before anything is sent,
 * hashes it, counts it against the 10 MB cap, and hands `put` one 256 KB chunk at a time, so memory
 * is bounded by a chunk, not by the file.
 */
export class ChunkedDocumentWriter {
  private readonly hash: Hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private head = Buffer.alloc(0);
  private size = 0;
  private sent = 0;

  constructor(private readonly put: (index: number, data: Buffer) => Promise<void>) {}

  /** Chunks already handed to `put` (an upload that fails after one has orphans to discard). */
  get chunksSent(): number {
    return this.sent;
  }

  async write(data: Buffer): Promise<void> {
    this.size += data.length;
    if (this.size > MAX_PORTING_DOCUMENT_BYTES) throw uploadErrors.tooLarge();
    if (this.head.length < HEAD_BYTES) {
      this.head = Buffer.concat([this.head, data.subarray(0, HEAD_BYTES - this.head.length)]);
      if (this.head.length === HEAD_BYTES) this.contentType();
    }
    this.hash.update(data);
    this.pending.push(data);
    this.pendingBytes += data.length;
    while (this.pendingBytes >= PORTING_DOCUMENT_CHUNK_BYTES) await this.flush(PORTING_DOCUMENT_CHUNK_BYTES);
  }

  /** Sends the last, shorter chunk and says what was written. */
  async end(): Promise<WrittenDocument> {
    if (this.size === 0) throw uploadErrors.empty();
    const contentType = this.contentType();
    if (this.pendingBytes > 0) await this.flush(this.pendingBytes);
    return { chunks: this.sent, sizeBytes: this.size, sha256: this.hash.digest('hex'), contentType };
  }

  private contentType(): PortingDocumentContentType {
    const type = sniffDocumentType(this.head);
    if (!type) throw uploadErrors.unsupportedType();
    return type;
  }

  private async flush(bytes: number): Promise<void> {
    const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    const chunk = all.subarray(0, bytes);
    const rest = all.subarray(bytes);
    this.pending = rest.length ? [rest] : [];
    this.pendingBytes = rest.length;
    await this.put(this.sent, chunk);
    this.sent++;
  }
}
