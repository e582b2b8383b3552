import { z } from 'zod';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { WalletCallerSchema } from '../ordering/wallets';

/**
 * What porting asks of ordering: the porting fee at submission, its refunds, and billing of numbers
 * that ported in. WARNING: subjects callers depend on.
 */
export const PortingBillingPatterns = {
  /** Debits the porting fee of every number (both resale sides); idempotent per (order, submission). 402 when a side cannot pay. */
  ChargeFees: 'ordering.porting.charge_fees',
  /** Refunds the fee of the numbers named (dropped, or every one left when an order is cancelled or fails); each at most once. */
  RefundFees: 'ordering.porting.refund_fees',
  /** Starts billing ported numbers: the first 30-day MRC in advance (past_due when it cannot be paid); idempotent per number. */
  StartBilling: 'ordering.porting.start_billing',
} as const;

const portNumber = z.object({ phone_number: z.string(), country_code: z.string(), number_type: z.enum(NUMBER_TYPES) });

export const ChargePortingFeesRequestSchema = z.object({
  caller: WalletCallerSchema,
  port_order_id: z.string().min(1),
  /** The submission that charges: the ledger key is per (order, submission). */
  submission: z.number().int().min(1),
  numbers: z.array(portNumber).min(1).max(1000),
});
export type ChargePortingFeesRequest = z.infer<typeof ChargePortingFeesRequestSchema>;

export const PortingFeesReplySchema = z.object({
  port_order_id: z.string(),
  currency: z.string(),
  /** The buyer's side (what the acting account paid or got back). */
  total_cents: z.number().int(),
  numbers: z.array(z.object({ phone_number: z.string(), fee_cents: z.number().int() })),
});
export type PortingFeesReply = z.infer<typeof PortingFeesReplySchema>;

export const RefundPortingFeesRequestSchema = z.object({
  port_order_id: z.string().min(1),
  phone_numbers: z.array(z.string()).min(1).max(1000),
  reason: z.string().min(1).max(200),
});
export type RefundPortingFeesRequest = z.infer<typeof RefundPortingFeesRequestSchema>;

export const StartPortedBillingRequestSchema = z.object({
  caller: WalletCallerSchema,
  port_order_id: z.string().min(1),
  activated_at: z.iso.datetime({ offset: true }),
  numbers: z
    .array(portNumber.extend({ number_id: z.string().min(1) }))
    .min(1)
    .max(1000),
});
export type StartPortedBillingRequest = z.infer<typeof StartPortedBillingRequestSchema>;

export const StartPortedBillingReplySchema = z.object({
  port_order_id: z.string(),
  /** active: first cycle paid; past_due: it could not be paid and the renewal job retries it. */
  status: z.enum(['active', 'past_due']),
  charged_cents: z.number().int(),
  started: z.number().int(),
});
export type StartPortedBillingReply = z.infer<typeof StartPortedBillingReplySchema>;
