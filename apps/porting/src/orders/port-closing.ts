import type { EntityManager } from '@mikro-orm/postgresql';
import { PortNumberStatus, PortOrderStatus } from '@did/contracts';
import { isOpenNumber, PortOrderNumber } from './entities/port-order-number.entity';
import { PortOrder } from './entities/port-order.entity';
import { PortEffects } from './port-effects';
import { Actor, moveTo, note } from './port-timeline';

/**
 * Ends an order that will not port (cancelled, or failed at the carrier): every fee not yet refunded
 * is refunded on both sides, porting_in numbers leave the account, the numbers take the final status.
 */
export async function closeOrder(
  em: EntityManager,
  effects: PortEffects,
  order: PortOrder,
  to: typeof PortOrderStatus.Cancelled | typeof PortOrderStatus.Failed,
  actor: Actor,
  reason: string,
  at: Date,
  now: Date,
): Promise<void> {
  const numbers = await em.find(PortOrderNumber, { orderId: order.id });
  const open = numbers.filter(isOpenNumber);
  await effects.abandon(order, open);
  const refundable = numbers.filter((n) => !n.feeRefunded && (n.feeCents ?? 0) > 0);
  if (refundable.length) {
    await effects.refundFees(
      order,
      refundable,
      to === PortOrderStatus.Cancelled ? 'order cancelled' : 'order rejected by the carrier',
    );
    note(
      em,
      order,
      'fee_refunded',
      'platform',
      `Refunded the porting fee of ${refundable.length} number(s): the order is ${to}.`,
      at,
      { phone_numbers: refundable.map((n) => n.e164) },
    );
  }
  for (const n of open) {
    n.status = to === PortOrderStatus.Cancelled ? PortNumberStatus.Cancelled : PortNumberStatus.Failed;
    n.statusDetail = reason;
  }
  if (to === PortOrderStatus.Cancelled) order.cancelledAt = now;
  await moveTo(em, order, to, actor, reason, at, now);
}
