import { z } from 'zod';
import { PORT_EXCEPTION_CODES, PORT_ORDER_STATUSES } from './porting-status';

const at = z.iso.datetime({ offset: true });
const order = { order_id: z.string(), account_id: z.string(), parent_order_id: z.string().nullable() };

/** A port order moved from one status to another; `reason` says why in words. */
export const PortingOrderStatusChangedV1 = z.object({
  ...order,
  from_status: z.enum(PORT_ORDER_STATUSES).nullable(),
  to_status: z.enum(PORT_ORDER_STATUSES),
  reason: z.string(),
  foc_date: z.string().nullable(),
  changed_at: at,
});
export type PortingOrderStatusChangedV1 = z.infer<typeof PortingOrderStatusChangedV1>;

/** The losing carrier holds the order: `code` is typed, `remediation` says what to fix before resubmitting. */
export const PortingOrderExceptionV1 = z.object({
  ...order,
  code: z.enum(PORT_EXCEPTION_CODES),
  message: z.string(),
  remediation: z.string(),
  raised_at: at,
});
export type PortingOrderExceptionV1 = z.infer<typeof PortingOrderExceptionV1>;

/** Every portable number of the order is active in the account now (billing started). */
export const PortingOrderCompletedV1 = z.object({
  ...order,
  phone_numbers: z.array(z.object({ phone_number: z.string(), number_id: z.string().nullable(), status: z.string() })),
  completed_at: at,
});
export type PortingOrderCompletedV1 = z.infer<typeof PortingOrderCompletedV1>;

/** A comment was added to a port order (by the customer or the carrier). */
export const PortingOrderNewCommentV1 = z.object({
  ...order,
  comment_id: z.string(),
  author: z.enum(['customer', 'carrier', 'platform']),
  body: z.string(),
  created_at: at,
});
export type PortingOrderNewCommentV1 = z.infer<typeof PortingOrderNewCommentV1>;

/** Inventory: a number ported in from another carrier is active (beside number.activated, whose order_id is null for ports). */
export const NumberPortedInV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
  port_order_id: z.string(),
  country_code: z.string(),
  activated_at: at,
});
export type NumberPortedInV1 = z.infer<typeof NumberPortedInV1>;
