import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { NUMBER_RELEASE_REASONS } from '../inventory/number-events';
import { NUMBER_ORDER_STATUSES, ORDER_NUMBER_STATUSES } from './number-orders';

const at = z.iso.datetime({ offset: true });

/** An order was paid for: inventory sends its numbers to the carrier. Committed with the debits, so a paid order is always provisioned. */
export const NumberOrderPlacedV1 = z.object({
  order_id: z.string(),
  account_id: z.string(),
  country_code: z.string(),
  number_type: z.enum(NUMBER_TYPES),
  phone_numbers: z.array(z.object({ number_id: z.string(), phone_number: z.string() })).min(1),
  placed_at: at,
});
export type NumberOrderPlacedV1 = z.infer<typeof NumberOrderPlacedV1>;

/** Every number of an order is resolved: active, or failed and refunded. */
export const NumberOrderCompletedV1 = z.object({
  order_id: z.string(),
  account_id: z.string(),
  status: z.enum(NUMBER_ORDER_STATUSES),
  customer_reference: z.string().nullable(),
  currency: z.enum(CURRENCIES),
  total_charged_cents: z.number().int(),
  total_refunded_cents: z.number().int(),
  phone_numbers: z.array(
    z.object({
      number_id: z.string(),
      phone_number: z.string(),
      status: z.enum(ORDER_NUMBER_STATUSES),
      error_code: z.string().nullable(),
    }),
  ),
  completed_at: at,
});
export type NumberOrderCompletedV1 = z.infer<typeof NumberOrderCompletedV1>;

const billed = {
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string(),
};

/** One more 30-day period was paid. */
export const NumberRenewedV1 = z.object({
  ...billed,
  period_start: at,
  period_end: at,
  amount_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  renewed_at: at,
});
export type NumberRenewedV1 = z.infer<typeof NumberRenewedV1>;

/** A renewal could not be paid; the number is past due, retried at next_retry_at, and released at release_at unless paid. */
export const NumberRenewalFailedV1 = z.object({
  ...billed,
  period_start: at,
  amount_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  failure_code: z.string(),
  next_retry_at: at.nullable(),
  release_at: at,
  failed_at: at,
});
export type NumberRenewalFailedV1 = z.infer<typeof NumberRenewalFailedV1>;

/** Renewal was cancelled: the number stays active until `paid_until`, then is released with no further charge. */
export const NumberCancellationScheduledV1 = z.object({ ...billed, paid_until: at, scheduled_at: at });
export type NumberCancellationScheduledV1 = z.infer<typeof NumberCancellationScheduledV1>;

/** Billing of a number ended without a user's release (cancelled renewal reached its end, or unpaid past grace): inventory releases it. */
export const NumberBillingEndedV1 = z.object({ ...billed, reason: z.enum(NUMBER_RELEASE_REASONS), ended_at: at });
export type NumberBillingEndedV1 = z.infer<typeof NumberBillingEndedV1>;

/** A renewal due within `days_before` days is not covered by the balance (after counting every renewal due before it). */
export const WalletLowBalanceV1 = z.object({
  wallet_id: z.string(),
  account_id: z.string(),
  balance_cents: z.number().int(),
  due_cents: z.number().int().describe('What falls due up to and including the renewal at due_at.'),
  currency: z.enum(CURRENCIES),
  due_at: at,
  days_before: z.number().int(),
  notified_at: at,
});
export type WalletLowBalanceV1 = z.infer<typeof WalletLowBalanceV1>;
