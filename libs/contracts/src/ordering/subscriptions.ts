import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { LOOKUP_TYPES, NumberLookupResultSchema, NumberRefSchema } from '../inventory/number-lifecycle';
import { E164Schema } from '../inventory/reservations';
import { WalletCallerSchema } from './wallets';
import { UsageRatesSchema } from '../usage/usage-rates';

/** Request/reply patterns of number billing (ordering). WARNING: subjects callers depend on. */
export const BillingPatterns = {
  Get: 'ordering.billing.get',
  Renew: 'ordering.billing.renew',
  CancelRenewal: 'ordering.billing.cancel_renewal',
  ResumeRenewal: 'ordering.billing.resume_renewal',
  SetAutoRenew: 'ordering.billing.set_auto_renew',
  /** Asked before a release now: refuses inside a minimum commitment. */
  CheckRelease: 'ordering.billing.check_release',
  Upcoming: 'ordering.billing.upcoming',
  Lookup: 'ordering.billing.lookup',
  /** Billing of up to 100 numbers at once, for composed lists; numbers the caller may not see are left out. */
  GetMany: 'ordering.billing.get_many',
} as const;

/**
 * A number's billing status. `active`: paid until paid_until; `past_due`: a renewal failed and is
 * being retried (the number still works until paid_until + grace); `ended`: no longer billed
 * (released, cancelled to its end, or unpaid). WARNING: persisted and public.
 */
export const SubscriptionStatus = { Active: 'active', PastDue: 'past_due', Ended: 'ended' } as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];
export const SUBSCRIPTION_STATUSES = Object.values(SubscriptionStatus) as [SubscriptionStatus, ...SubscriptionStatus[]];

/** The billing part of the PhoneNumber resource. */
export const NumberBillingSchema = z.object({
  record_type: z.literal('number_billing'),
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string().describe('The account that bought the number and pays for it.'),
  order_id: z.string(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  currency: z.enum(CURRENCIES),
  setup_price_cents: z.number().int(),
  monthly_price_cents: z.number().int(),
  is_trial_number: z.boolean(),
  minimum_commitment_months: z.number().int(),
  commitment_ends_at: z.string().nullable(),
  usage_rates: UsageRatesSchema.nullable().describe(
    'What calls and messages to this number cost, fixed when it was bought (micro-units; null for a number bought before usage billing).',
  ),
  auto_renew: z.boolean(),
  cancel_at_period_end: z.boolean(),
  billing_started_at: z.string().nullable().describe('Activation: the first 30-day cycle starts here.'),
  last_billed_at: z.string().nullable(),
  paid_until: z.string().nullable().describe('The end of the paid period = the next billing date.'),
  next_billing_date: z.string().nullable(),
  next_retry_at: z.string().nullable(),
  release_at: z.string().nullable().describe('When past due: released then unless paid.'),
  ended_at: z.string().nullable(),
});
export type NumberBilling = z.infer<typeof NumberBillingSchema>;

export const BillingRefRequestSchema = z.object({ caller: WalletCallerSchema, number: NumberRefSchema });
export type BillingRefRequest = z.infer<typeof BillingRefRequestSchema>;

/** `PATCH /v1/numbers/{id}` with `auto_renew`. */
export const SetAutoRenewRequestSchema = z.object({
  caller: WalletCallerSchema,
  number: NumberRefSchema,
  auto_renew: z.boolean(),
});
export type SetAutoRenewRequest = z.infer<typeof SetAutoRenewRequestSchema>;

/** `GET /v1/billing/upcoming` query. */
export const UpcomingQuerySchema = z.strictObject({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(30)
    .describe('Look this many days ahead (1 to 365, default 30).'),
});
export type UpcomingQuery = z.infer<typeof UpcomingQuerySchema>;

export const UpcomingRequestSchema = z.object({ caller: WalletCallerSchema, query: UpcomingQuerySchema });
export type UpcomingRequest = z.infer<typeof UpcomingRequestSchema>;

export const UpcomingChargeSchema = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  due_at: z.string(),
  amount_cents: z.number().int(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  covered: z.boolean().describe('Whether the balance, after every earlier charge in this list, still covers this one.'),
});

export const UpcomingChargesSchema = z.object({
  record_type: z.literal('upcoming_charges'),
  account_id: z.string(),
  currency: z.enum(CURRENCIES),
  balance_cents: z.number().int(),
  total_due_cents: z.number().int(),
  covered: z.boolean().describe('The balance covers every charge in the window.'),
  shortfall_cents: z.number().int(),
  until: z.string(),
  data: z.array(UpcomingChargeSchema),
});
export type UpcomingCharges = z.infer<typeof UpcomingChargesSchema>;

/** Public body of `POST /v1/numbers/lookups` (a charged action: it requires an Idempotency-Key). */
export const NumberLookupQuerySchema = z.strictObject({
  phone_number: E164Schema.describe('The number to look up, E.164.'),
  type: z.enum(LOOKUP_TYPES).default('carrier').describe('carrier (carrier name and line type) or caller-name (CNAM).'),
});
export type NumberLookupQuery = z.infer<typeof NumberLookupQuerySchema>;

export const NumberLookupRequestSchema = z.object({
  caller: WalletCallerSchema,
  query: NumberLookupQuerySchema,
  lookup_id: z.string().min(1).max(100),
});
export type NumberLookupRequest = z.infer<typeof NumberLookupRequestSchema>;

export const NumberLookupSchema = NumberLookupResultSchema.extend({
  record_type: z.literal('number_lookup'),
  id: z.string(),
  type: z.enum(LOOKUP_TYPES),
  fee_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  looked_up_at: z.string(),
});
export type NumberLookup = z.infer<typeof NumberLookupSchema>;

export const BillingManyRequestSchema = z.object({
  caller: WalletCallerSchema,
  number_ids: z.array(z.string().min(1).max(100)).max(100),
});
export type BillingManyRequest = z.infer<typeof BillingManyRequestSchema>;

/** An ordered number the carrier has not activated yet: no subscription, but its prices are known. */
export const PendingNumberBillingSchema = z.object({
  number_id: z.string(),
  order_id: z.string(),
  currency: z.enum(CURRENCIES),
  setup_price_cents: z.number().int(),
  monthly_price_cents: z.number().int(),
  is_trial_number: z.boolean(),
  minimum_commitment_months: z.number().int(),
  auto_renew: z.boolean(),
});
export type PendingNumberBilling = z.infer<typeof PendingNumberBillingSchema>;

export const BillingManySchema = z.object({
  data: z.array(NumberBillingSchema),
  pending: z.array(PendingNumberBillingSchema),
});
export type BillingMany = z.infer<typeof BillingManySchema>;
