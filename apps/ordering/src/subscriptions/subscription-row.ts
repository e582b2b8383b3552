import type { Currency, NumberReleaseReason, SubscriptionStatus, UsageRates } from '@did/contracts';
import { asDate } from '@did/persistence';

/** A subscriptions row as raw SQL returns it (timestamps as Date, cents as int). */
export interface SubscriptionRow {
  number_id: string;
  e164: string;
  account_id: string;
  partner_id: string | null;
  order_id: string;
  currency: Currency;
  setup_cents: number;
  monthly_cents: number;
  partner_monthly_cents: number;
  is_trial: boolean;
  minimum_commitment_months: number;
  status: SubscriptionStatus;
  auto_renew: boolean;
  cancel_at_period_end: boolean;
  billing_started_at: Date;
  last_billed_at: Date;
  paid_until: Date;
  next_retry_at: Date | null;
  failed_attempts: number;
  ended_at: Date | null;
  end_reason: NumberReleaseReason | null;
  /** The buyer's usage rates, fixed when billing started (null: bought before usage billing, or no longer on the price list). */
  usage_rates: UsageRates | null;
}

/** Every column of {@link SubscriptionRow}, for `select` lists (optionally qualified with a table alias). */
export function subscriptionColumns(alias = ''): string {
  const p = alias ? `${alias}.` : '';
  return [
    'number_id',
    'e164',
    'account_id',
    'partner_id',
    'order_id',
    'currency',
    'setup_cents',
    'monthly_cents',
    'partner_monthly_cents',
    'is_trial',
    'minimum_commitment_months',
    'status',
    'auto_renew',
    'cancel_at_period_end',
    'billing_started_at',
    'last_billed_at',
    'paid_until',
    'next_retry_at',
    'failed_attempts',
    'ended_at',
    'end_reason',
    'usage_rates',
  ]
    .map((c) => p + c)
    .join(', ');
}

/** Renews by itself: auto-renew on and not cancelled. Otherwise billing ends at paid_until. */
export function renewsItself(s: Pick<SubscriptionRow, 'auto_renew' | 'cancel_at_period_end'>): boolean {
  return s.auto_renew && !s.cancel_at_period_end;
}

/** A raw subscriptions row with its timestamps as Dates. */
export function toSubscriptionRow(raw: SubscriptionRow): SubscriptionRow {
  return {
    ...raw,
    billing_started_at: asDate(raw.billing_started_at),
    last_billed_at: asDate(raw.last_billed_at),
    paid_until: asDate(raw.paid_until),
    next_retry_at: asDate(raw.next_retry_at),
    ended_at: asDate(raw.ended_at),
  };
}
