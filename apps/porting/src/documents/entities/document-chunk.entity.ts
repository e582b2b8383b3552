import { BlobType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One chunk of a document's bytes (documents cross NATS in chunks: see PORTING_DOCUMENT_CHUNK_BYTES). */
@Entity({ tableName: 'document_chunks' })
// Unfinished uploads only: the quota sums an account's pending bytes, the cleaner finds abandoned ones by age.
@Index({
  name: 'document_chunks_unfinished_account_idx',
  expression: (t) =>
    `create index "document_chunks_unfinished_account_idx" on "${t.schema}"."${t.name}" ("account_id") where not "finished"`,
})
@Index({
  name: 'document_chunks_unfinished_created_idx',
  expression: (t) =>
    `create index "document_chunks_unfinished_created_idx" on "${t.schema}"."${t.name}" ("created_at") where not "finished"`,
})
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

  /** Set when the upload became a document: from then on the chunk is never rewritten nor cleaned. */
  @Property({ type: 'boolean', default: false })
  finished = false;
}
