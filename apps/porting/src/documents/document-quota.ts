import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { sql } from '@did/persistence';

/** How much one account may keep in porting documents. */
export interface DocumentLimits {
  maxDocuments: number;
  maxBytes: number;
}

interface Usage {
  documents: number;
  bytes: number;
}

/**
 * Serialises an account's document writes (inside `tx`'s transaction), so two uploads at once cannot
 * both take the last room, and returns what the account holds: its documents, and bytes of documents
 * and of unfinished uploads (bytes stored count until they are finished, discarded or cleaned).
 * `exceptChunk` leaves out a chunk being rewritten.
 */
export async function lockedUsage(
  tx: EntityManager,
  accountId: string,
  exceptChunk?: { documentId: string; index: number },
): Promise<Usage> {
  await sql(tx, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`porting-documents:${accountId}`]);
  const [row] = await sql<{ documents: string; document_bytes: string; pending_bytes: string }>(
    tx,
    `select (select count(*) from "porting"."documents" where account_id = ?) as documents,
            (select coalesce(sum(size_bytes), 0) from "porting"."documents" where account_id = ?) as document_bytes,
            (select coalesce(sum(octet_length(data)), 0) from "porting"."document_chunks"
              where account_id = ? and not finished and not (document_id = ? and index = ?)) as pending_bytes`,
    [accountId, accountId, accountId, exceptChunk?.documentId ?? '', exceptChunk?.index ?? -1],
  );
  return { documents: Number(row.documents), bytes: Number(row.document_bytes) + Number(row.pending_bytes) };
}

/** Throws 409 porting_document_quota_exceeded unless one more document of `addBytes` more bytes fits. */
export function assertRoom(usage: Usage, limits: DocumentLimits, addBytes: number): void {
  if (usage.documents >= limits.maxDocuments) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.PortingDocumentQuotaExceeded,
      `This account already has ${usage.documents} porting documents, the most it may keep (${limits.maxDocuments}).`,
    );
  }
  if (usage.bytes + addBytes > limits.maxBytes) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.PortingDocumentQuotaExceeded,
      `This account's porting documents and unfinished uploads hold ${usage.bytes} bytes; ${addBytes} more would pass its ${limits.maxBytes}-byte quota.`,
    );
  }
}
