import { DomainError, ErrorCode, ErrorType } from '../errors';

/**
 * Where a port-in order stands. WARNING: persisted in `porting.port_orders.status` and published in
 * porting_order.* events; renaming one needs a data migration.
 */
export const PortOrderStatus = {
  Draft: 'draft',
  /** Sent to the losing carrier, in review. */
  Submitted: 'submitted',
  /** Reviewed; the port is being worked. The numbers exist in the account as porting_in. */
  InProgress: 'in_progress',
  /** The losing carrier committed to a FOC date. */
  Approved: 'approved',
  /** Held by the losing carrier for a reason the customer must fix (PATCH, then resubmit). */
  Exception: 'exception',
  Completed: 'completed',
  Cancelled: 'cancelled',
  /** The losing carrier refused every number on the order: nothing can port; the fee is refunded. */
  Failed: 'failed',
} as const;
export type PortOrderStatus = (typeof PortOrderStatus)[keyof typeof PortOrderStatus];
export const PORT_ORDER_STATUSES = Object.values(PortOrderStatus) as [PortOrderStatus, ...PortOrderStatus[]];

const S = PortOrderStatus;

/** Every allowed move, as data (a FOC change in approved is approved -> approved). */
export const PORT_ORDER_TRANSITIONS: Readonly<Record<PortOrderStatus, readonly PortOrderStatus[]>> = {
  [S.Draft]: [S.Submitted, S.Cancelled],
  [S.Submitted]: [S.InProgress, S.Exception, S.Cancelled, S.Failed],
  [S.InProgress]: [S.Approved, S.Exception, S.Cancelled, S.Failed],
  [S.Approved]: [S.Approved, S.Completed, S.Cancelled],
  [S.Exception]: [S.Submitted, S.Cancelled],
  [S.Completed]: [],
  [S.Cancelled]: [],
  [S.Failed]: [],
};

/** Statuses in which the customer may still change the order with PATCH. */
export const PORT_ORDER_EDITABLE: readonly PortOrderStatus[] = [S.Draft, S.Exception];

/** Statuses the carrier is working on: porting polls the carrier for these. */
export const PORT_ORDER_OPEN: readonly PortOrderStatus[] = [S.Submitted, S.InProgress, S.Approved];

export function canPortOrderTransition(from: PortOrderStatus, to: PortOrderStatus): boolean {
  return PORT_ORDER_TRANSITIONS[from].includes(to);
}

/** Throws 409 invalid_state_transition unless an order may move from `from` to `to`. */
export function assertPortOrderTransition(from: PortOrderStatus, to: PortOrderStatus, orderId: string): void {
  if (canPortOrderTransition(from, to)) return;
  const allowed = PORT_ORDER_TRANSITIONS[from];
  throw new DomainError(
    ErrorType.Conflict,
    ErrorCode.InvalidStateTransition,
    `Porting order ${orderId} is ${from} and cannot become ${to}${allowed.length ? ` (from ${from} it can become ${allowed.join(', ')})` : ` (${from} is final)`}.`,
  );
}

/** Where one number of an order stands. WARNING: persisted and published. */
export const PortNumberStatus = {
  Draft: 'draft',
  Submitted: 'submitted',
  InProgress: 'in_progress',
  Approved: 'approved',
  Exception: 'exception',
  /** Ported in: active in the account. */
  Ported: 'ported',
  /** Dropped by the losing carrier as not portable; its fee was refunded. */
  NotPortable: 'not_portable',
  Cancelled: 'cancelled',
  Failed: 'failed',
} as const;
export type PortNumberStatus = (typeof PortNumberStatus)[keyof typeof PortNumberStatus];
export const PORT_NUMBER_STATUSES = Object.values(PortNumberStatus) as [PortNumberStatus, ...PortNumberStatus[]];

/** Why a losing carrier holds an order. WARNING: published in porting_order.exception; add codes, never rename. */
export const PortExceptionCode = {
  AccountNumberMismatch: 'account_number_mismatch',
  PinInvalid: 'pin_invalid',
  NameMismatch: 'name_mismatch',
  AddressMismatch: 'address_mismatch',
  NumberNotPortable: 'number_not_portable',
  FocRejected: 'foc_rejected',
  DocumentsUnreadable: 'documents_unreadable',
} as const;
export type PortExceptionCode = (typeof PortExceptionCode)[keyof typeof PortExceptionCode];
export const PORT_EXCEPTION_CODES = Object.values(PortExceptionCode) as [PortExceptionCode, ...PortExceptionCode[]];

/** What the customer should do about each exception: shown on the order and in the event. */
export const PORT_EXCEPTION_REMEDIATION: Readonly<Record<PortExceptionCode, string>> = {
  account_number_mismatch:
    "The account number does not match the losing carrier's records. Copy it from a recent bill (or the CSR), PATCH end_user.account_number and resubmit.",
  pin_invalid:
    'The port-out PIN was refused. Ask the losing carrier for the current port-out PIN, PATCH end_user.pin and resubmit.',
  name_mismatch:
    "The account holder name differs from the losing carrier's records. Use the name exactly as on the bill (see the CSR), PATCH end_user.name and resubmit.",
  address_mismatch:
    "The service address differs from the losing carrier's records. Use the address on the CSR, PATCH end_user.service_address and resubmit.",
  number_not_portable:
    'The losing carrier refuses some numbers on this order. Remove them with PATCH (phone_numbers) and resubmit.',
  foc_rejected:
    'The losing carrier cannot port on the requested date. PATCH requested_foc_date to a later business day and resubmit.',
  documents_unreadable:
    'The letter of authorization or bill could not be read. Upload a clear PDF, PNG or JPEG, PATCH documents and resubmit.',
};
