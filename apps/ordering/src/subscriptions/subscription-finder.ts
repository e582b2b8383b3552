import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, ErrorType, SubscriptionStatus, WalletCaller } from '@did/contracts';
import { NUMBER_ORDERS, ORDER_NUMBERS, sql, SUBSCRIPTIONS } from '../db/sql';
import { subscriptionColumns, SubscriptionRow, toSubscriptionRow } from './subscription-row';

/**
 * The subscription a caller may see and act on: its buyer's, or the buyer's partner's. A `pn_` id
 * names one number; an E.164 names the caller's latest subscription of it (a number bought again
 * later has a new id). `lock` takes the row lock for a change. Anything else is 404 number_not_found;
 * an ordered number that is not active yet is 409 number_not_yet_active.
 */
export async function findSubscription(
  em: EntityManager,
  caller: WalletCaller,
  ref: string,
  lock = false,
): Promise<SubscriptionRow> {
  const byId = ref.startsWith('pn_');
  const [row] = await sql<SubscriptionRow>(
    em,
    `select ${subscriptionColumns()} from ${SUBSCRIPTIONS} where ${byId ? 'number_id' : 'e164'} = ? and (account_id = ? or partner_id = ?)
     order by (status = '${SubscriptionStatus.Ended}'), created_at desc limit 1 ${lock ? 'for update' : ''}`,
    [ref, caller.account_id, caller.account_id],
  );
  if (row) return toSubscriptionRow(row);
  const [pending] = await sql<{ number_id: string }>(
    em,
    `select n.number_id from ${ORDER_NUMBERS} n join ${NUMBER_ORDERS} o on o.id = n.order_id
     where n.${byId ? 'number_id' : 'e164'} = ? and n.status = 'pending' and (o.account_id = ? or o.partner_id = ?) limit 1`,
    [ref, caller.account_id, caller.account_id],
  );
  if (pending)
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberNotYetActive,
      `Number ${ref} is not active yet: billing starts when the carrier activates it.`,
    );
  throw new DomainError(ErrorType.NotFound, ErrorCode.NumberNotFound, `No number ${ref}.`);
}

/** 409 number_already_released for a subscription whose billing has ended. */
export function assertNotEnded(sub: SubscriptionRow): void {
  if (sub.status === SubscriptionStatus.Ended) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberAlreadyReleased,
      `Billing of ${sub.e164} ended at ${sub.ended_at?.toISOString()} (${sub.end_reason}).`,
    );
  }
}
