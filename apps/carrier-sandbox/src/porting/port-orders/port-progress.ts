import {
  addBusinessDays,
  type CarrierPortEvent,
  type CarrierPortOrder,
  CarrierPortStatus,
  focInstant,
} from '@did/contracts';

/** Minimum lead time of a FOC date, in business days after the order arrives. */
export const MIN_FOC_LEAD_BUSINESS_DAYS = 3;
/** How long the carrier reviews a (re)submitted order before working it. */
export const REVIEW_MS = 4 * 3_600_000;
/** How long after the review the carrier commits to a FOC date. */
export const WORK_MS = 4 * 3_600_000;

/** A carrier port order as stored: the public shape plus when its next automatic step is due. */
export interface StoredPortOrder extends CarrierPortOrder {
  step_due_at: string | null;
  end_user: Record<string, unknown>;
}

/** Decides, per number, whether the carrier refuses it (null: it ports). */
export type RefusalOf = (e164: string) => string | null;

const P = CarrierPortStatus;

function push(
  order: StoredPortOrder,
  at: Date,
  status: CarrierPortOrder['status'],
  note: string,
  extra: Partial<CarrierPortEvent> = {},
): void {
  order.status = status;
  order.updated_at = at.toISOString();
  order.history.push({
    seq: order.history.length + 1,
    at: at.toISOString(),
    status,
    note,
    foc_date: order.foc_date,
    exception_code: null,
    rejected: [],
    ...extra,
  });
}

/** The earliest FOC date the carrier accepts for an order that arrived at `at`. */
export function earliestFoc(at: Date): string {
  return addBusinessDays(at, MIN_FOC_LEAD_BUSINESS_DAYS);
}

/** The review: refused numbers are dropped; none left rejects the order, else it is worked. */
export function review(order: StoredPortOrder, at: Date, refusalOf: RefusalOf): void {
  const rejected: { phone_number: string; reason: string }[] = [];
  for (const n of order.numbers) {
    if (n.status !== 'pending') continue;
    const reason = refusalOf(n.phone_number);
    if (reason) {
      n.status = 'rejected';
      n.reason = reason;
      rejected.push({ phone_number: n.phone_number, reason });
    }
  }
  if (!order.numbers.some((n) => n.status === 'pending')) {
    order.step_due_at = null;
    push(order, at, P.Rejected, 'No number on the order can be ported.', { rejected });
    return;
  }
  order.step_due_at = new Date(at.getTime() + WORK_MS).toISOString();
  push(
    order,
    at,
    P.InProgress,
    rejected.length
      ? `Review done; ${rejected.length} number(s) cannot be ported and were dropped.`
      : 'Review done; the port is being worked.',
    { rejected },
  );
}

/** The carrier commits to a FOC date: the requested one, or its earliest when that is later. */
export function approve(order: StoredPortOrder, at: Date, focDate?: string): void {
  const earliest = earliestFoc(new Date(order.created_at));
  order.foc_date = focDate ?? (order.requested_foc_date > earliest ? order.requested_foc_date : earliest);
  order.step_due_at = focInstant(order.foc_date).toISOString();
  push(order, at, P.Approved, `Approved; FOC date ${order.foc_date}.`);
}

export function complete(order: StoredPortOrder, at: Date): void {
  for (const n of order.numbers) if (n.status === 'pending') n.status = 'ported';
  order.step_due_at = null;
  push(order, at, P.Completed, 'Ported: the numbers are on the gaining network.');
}

export function raiseException(order: StoredPortOrder, at: Date, code: string, message: string): void {
  order.exception = { code, message };
  order.step_due_at = null;
  push(order, at, P.Exception, message, { exception_code: code });
}

export function cancel(order: StoredPortOrder, at: Date): void {
  for (const n of order.numbers) if (n.status === 'pending') n.status = 'cancelled';
  order.step_due_at = null;
  push(order, at, P.Cancelled, "Cancelled at the customer's request.");
}

export function resubmit(order: StoredPortOrder, at: Date, note: string): void {
  order.exception = null;
  order.step_due_at = new Date(at.getTime() + REVIEW_MS).toISOString();
  push(order, at, P.Submitted, note);
}

/**
 * Runs every automatic step that came due by `now`, each at the time it was due (not the time
 * someone looked), so what porting reads is the same whenever it polls.
 */
export function advance(order: StoredPortOrder, now: Date, refusalOf: RefusalOf): boolean {
  let changed = false;
  for (
    let guard = 0;
    guard < 4 && order.step_due_at && new Date(order.step_due_at).getTime() <= now.getTime();
    guard++
  ) {
    const due = new Date(order.step_due_at);
    if (order.status === P.Submitted) review(order, due, refusalOf);
    else if (order.status === P.InProgress) approve(order, due);
    else if (order.status === P.Approved) complete(order, due);
    else order.step_due_at = null;
    changed = true;
  }
  return changed;
}
