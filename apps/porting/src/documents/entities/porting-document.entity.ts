import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { PortingDocumentContentType, PortingDocumentType } from '@did/contracts';

/** An uploaded LOA or bill: its metadata; the bytes are in document_chunks. */
@Entity({ tableName: 'documents' })
@Index({ name: 'documents_account_idx', properties: ['accountId', 'createdAt'] })
export class PortingDocument {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  documentType!: PortingDocumentType;

  @Property({ type: 'text', nullable: true })
  filename: string | null = null;

  /** Decided by the file's magic bytes. */
  @Property({ type: 'text' })
  contentType!: PortingDocumentContentType;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Hex SHA-256 of the whole file, checked against the chunks when the upload finishes. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'integer' })
  chunks!: number;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
