import { BlobType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One chunk of a document's bytes (documents cross NATS in chunks: see PORTING_DOCUMENT_CHUNK_BYTES). */
@Entity({ tableName: 'document_chunks' })
export class DocumentChunk {
  @PrimaryKey({ type: 'text' })
  documentId!: string;

  @PrimaryKey({ type: 'integer' })
  index!: number;

  /** The uploader: chunks of another account's upload are never read or overwritten. */
  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: BlobType })
  data!: Buffer;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
