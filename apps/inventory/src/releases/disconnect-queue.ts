import type { EntityManager } from '@mikro-orm/postgresql';
import { sortableId } from '@did/service-kit';
import { DisconnectReason, PendingDisconnect } from './entities/pending-disconnect.entity';

export interface DisconnectRequest {
  e164: string;
  reason: DisconnectReason;
  numberId?: string | null;
  orderId?: string | null;
}

/** Queues upstream disconnects in the caller's transaction, due now: they happen (with retries) if and only if it commits. */
export function queueDisconnects(em: EntityManager, requests: DisconnectRequest[], now: Date): void {
  for (const r of requests) {
    em.persist(
      em.create(PendingDisconnect, {
        id: sortableId('dsc', now),
        e164: r.e164,
        reason: r.reason,
        numberId: r.numberId ?? null,
        orderId: r.orderId ?? null,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        createdAt: now,
        confirmedAt: null,
      }),
    );
  }
}
