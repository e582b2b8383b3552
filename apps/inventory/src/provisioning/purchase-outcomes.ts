import type { EntityManager } from '@mikro-orm/postgresql';
import { assertTransition, Events, NumberState, ServiceName } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { NUMBERS, sql } from '../db/sql';
import { NumberOutcome } from '../registry/entities/number-history.entity';
import { recordEndedOwnership } from '../registry/number-history';
import { quarantine, returnToStock } from '../registry/number-moves';
import { numberFactsOf, NumberRow, ownerScopeOf } from '../registry/number-rows';
import { DisconnectReason } from '../releases/entities/pending-disconnect.entity';
import { queueDisconnects } from '../releases/disconnect-queue';

export interface PurchaseFailure {
  code: string;
  message: string;
}

/** The carrier activated these pending numbers: they are their buyer's now, and billing starts at `now` (number.activated). */
export async function activate(em: EntityManager, rows: NumberRow[], now: Date): Promise<void> {
  if (!rows.length) return;
  assertTransition(NumberState.PendingPurchase, NumberState.Active);
  await sql(
    em,
    `update ${NUMBERS} set state = 'active', activated_at = ?, updated_at = ? where e164 = any(?) and state = 'pending_purchase'`,
    [now, now, rows.map((r) => r.e164)],
  );
  for (const row of rows) {
    await appendToOutbox(
      em,
      ServiceName.Inventory,
      Events.NumberActivated,
      {
        ...numberFactsOf(row),
        capabilities: row.capabilities,
        order_id: row.purchase_order_id,
        activated_at: now.toISOString(),
      },
      ownerScopeOf(row),
      now,
    );
  }
}

/**
 * These pending numbers will not be delivered: the ownership is recorded as failed and
 * number.purchase_failed goes out (ordering refunds). A carrier refusal puts the number back in
 * stock; a timeout (the carrier may still activate it) blocks it and queues its disconnection.
 */
export async function fail(
  em: EntityManager,
  rows: NumberRow[],
  failureOf: (row: NumberRow) => PurchaseFailure,
  now: Date,
  { timedOut }: { timedOut: boolean },
): Promise<void> {
  if (!rows.length) return;
  for (const row of rows) {
    const failure = failureOf(row);
    recordEndedOwnership(em, row, { outcome: NumberOutcome.PurchaseFailed, at: now, failureCode: failure.code });
    await appendToOutbox(
      em,
      ServiceName.Inventory,
      Events.NumberPurchaseFailed,
      {
        ...numberFactsOf(row),
        order_id: row.purchase_order_id as string,
        failure_code: failure.code,
        failure_message: failure.message,
        failed_at: now.toISOString(),
      },
      ownerScopeOf(row),
      now,
    );
  }
  const e164s = rows.map((r) => r.e164);
  if (!timedOut) {
    await returnToStock(em, e164s, now);
    return;
  }
  await quarantine(em, e164s, now);
  queueDisconnects(
    em,
    rows.map((r) => ({
      e164: r.e164,
      reason: DisconnectReason.PurchaseTimeout,
      numberId: r.number_id,
      orderId: r.purchase_order_id,
    })),
    now,
  );
}
