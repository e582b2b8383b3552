import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { NUMBER_ORDERS, sql } from '../db/sql';
import { OrderRowStatus, StoredRejection } from './entities/number-order.entity';

/** The columns the placement and reconciliation steps decide on, read under the row lock. */
export interface LockedOrder {
  id: string;
  status: OrderRowStatus;
  rejection: StoredRejection | null;
  claims_released_at: Date | null;
}

/** Locks the order row for the rest of `em`'s transaction: placement, outcomes and the reconciler take turns on it. */
export async function lockOrder(em: EntityManager, orderId: string): Promise<LockedOrder | null> {
  const [row] = await sql<LockedOrder>(
    em,
    `select id, status, rejection, claims_released_at from ${NUMBER_ORDERS} where id = ? for update`,
    [orderId],
  );
  return row ?? null;
}

/** Errors a retry may overcome (a service or carrier that was down): a rejected order with one is placed again on retry instead of replayed. */
export function isRetryable(rejection: StoredRejection): boolean {
  return (
    rejection.type === ErrorType.Unavailable ||
    rejection.type === ErrorType.Timeout ||
    rejection.type === ErrorType.Internal
  );
}

export function rejectionOf(err: unknown): StoredRejection {
  if (err instanceof DomainError) return err.toPayload();
  return {
    type: ErrorType.Internal,
    code: ErrorCode.InternalError,
    message: 'The order could not be placed; retry with the same Idempotency-Key.',
  };
}

export function rejectionError(rejection: StoredRejection): DomainError {
  return new DomainError(rejection.type as ErrorType, rejection.code, rejection.message, rejection.errors);
}
