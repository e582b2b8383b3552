import type { EntityManager } from '@mikro-orm/postgresql';
import { assertPortOrderTransition, Events, PortOrderStatus, ServiceName } from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { randomBytes } from 'node:crypto';
import { PortOrder } from './entities/port-order.entity';
import { PortTimelineEntry } from './entities/port-timeline-entry.entity';

let counter = 0;

/**
 * Timeline ids sort by the step's time, then by the order steps were written (a counter), so steps
 * taken in the same millisecond keep their order; a random tail keeps ids unique across replicas.
 */
export function timelineId(at: Date): string {
  counter = (counter + 1) % 36 ** 4;
  return `ptl_${at.getTime().toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(5).toString('hex')}`;
}

export type Actor = 'customer' | 'carrier' | 'platform';

export const scopeOf = (order: PortOrder) => ({ accountId: order.accountId, partnerId: order.partnerId });

/** Appends one step to the order's timeline (in the caller's transaction). */
export function note(
  em: EntityManager,
  order: PortOrder,
  kind: string,
  actor: Actor,
  message: string,
  at: Date,
  data: Record<string, unknown> = {},
): PortTimelineEntry {
  const entry = em.create(PortTimelineEntry, {
    id: timelineId(at),
    orderId: order.id,
    at,
    kind,
    actor,
    fromStatus: null,
    toStatus: null,
    message,
    data,
  });
  em.persist(entry);
  return entry;
}

/**
 * Moves the order to `to` (409 invalid_state_transition when the machine has no such edge), with a
 * timeline entry and porting_order.status_changed, in the caller's transaction.
 */
export async function moveTo(
  em: EntityManager,
  order: PortOrder,
  to: PortOrderStatus,
  actor: Actor,
  reason: string,
  at: Date,
  now: Date,
): Promise<void> {
  const from = order.status;
  assertPortOrderTransition(from, to, order.id);
  order.status = to;
  order.updatedAt = now;
  const entry = note(em, order, 'status_changed', actor, reason, at, order.focDate ? { foc_date: order.focDate } : {});
  entry.fromStatus = from;
  entry.toStatus = to;
  await appendToOutbox(
    em,
    ServiceName.Porting,
    Events.PortingOrderStatusChanged,
    {
      order_id: order.id,
      account_id: order.accountId,
      parent_order_id: order.parentOrderId,
      from_status: from,
      to_status: to,
      reason,
      foc_date: order.focDate,
      changed_at: at.toISOString(),
    },
    scopeOf(order),
    now,
  );
}
