import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { AmountCentsSchema, WalletCallerSchema } from './wallets';

/** Request/reply patterns of payment methods (ordering). WARNING: subjects callers depend on. */
export const PaymentMethodPatterns = {
  Create: 'ordering.payment_methods.create',
  List: 'ordering.payment_methods.list',
  Get: 'ordering.payment_methods.get',
  Delete: 'ordering.payment_methods.delete',
} as const;

/** Public body of `POST /v1/payment-methods`. The number and CVC are used once and never stored. */
export const CreatePaymentMethodBodySchema = z.strictObject({
  card_number: z
    .string()
    .max(40) // 19 digits with spaces or dashes between groups, generously
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/, '12 to 19 digits'))
    .describe(
      'The card number (spaces and dashes allowed). Sandbox: 4242424242424242 succeeds, 4000000000000002 declines, 4000000000009995 has insufficient funds, 4000000000000119 times out.',
    ),
  exp_month: z.number().int().min(1).max(12),
  exp_year: z.number().int().min(2000).max(2100),
  cvc: z
    .string()
    .regex(/^\d{3,4}$/, '3 or 4 digits')
    .optional(),
});
export type CreatePaymentMethodBody = z.infer<typeof CreatePaymentMethodBodySchema>;

export const CreatePaymentMethodRequestSchema = z.object({
  caller: WalletCallerSchema,
  card: CreatePaymentMethodBodySchema,
});
export type CreatePaymentMethodRequest = z.infer<typeof CreatePaymentMethodRequestSchema>;

export const PaymentMethodRefRequestSchema = z.object({
  caller: WalletCallerSchema,
  payment_method_id: z.string().min(1).max(100),
});
export type PaymentMethodRefRequest = z.infer<typeof PaymentMethodRefRequestSchema>;

export const ListPaymentMethodsRequestSchema = z.object({ caller: WalletCallerSchema });
export type ListPaymentMethodsRequest = z.infer<typeof ListPaymentMethodsRequestSchema>;

export const CardBrand = {
  Visa: 'visa',
  Mastercard: 'mastercard',
  Amex: 'amex',
  Discover: 'discover',
  Unknown: 'unknown',
} as const;
export type CardBrand = (typeof CardBrand)[keyof typeof CardBrand];

export const PaymentMethodSchema = z.object({
  id: z.string(),
  record_type: z.literal('payment_method'),
  account_id: z.string(),
  brand: z.enum([CardBrand.Visa, CardBrand.Mastercard, CardBrand.Amex, CardBrand.Discover, CardBrand.Unknown]),
  last4: z.string(),
  exp_month: z.number().int(),
  exp_year: z.number().int(),
  created_at: z.string(),
});
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

export const PaymentMethodListSchema = z.object({ data: z.array(PaymentMethodSchema) });
export type PaymentMethodList = z.infer<typeof PaymentMethodListSchema>;

/** Public body of `POST /v1/balance/top-ups` (Idempotency-Key required). */
export const TopUpBodySchema = z.strictObject({
  amount_cents: AmountCentsSchema.describe('How much to add, in minor units of the wallet currency.'),
  payment_method_id: z.string().min(1).max(100).describe('The saved card to charge.'),
});
export type TopUpBody = z.infer<typeof TopUpBodySchema>;

/** The idempotency key travels with the request: ordering stores it, so a retry can never charge twice. */
export const TopUpRequestSchema = z.object({
  caller: WalletCallerSchema,
  top_up: TopUpBodySchema,
  idempotency_key: z.string().min(1).max(255),
});
export type TopUpRequest = z.infer<typeof TopUpRequestSchema>;

/** A card charge. `pending`: the processor has not answered for sure (a timeout); a retry or the reconciler settles it. WARNING: persisted and public. */
export const PaymentStatus = { Pending: 'pending', Succeeded: 'succeeded', Failed: 'failed' } as const;
export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];

/** Why a card was charged. WARNING: persisted and published. */
export const PaymentPurpose = { TopUp: 'top_up', AutoRecharge: 'auto_recharge' } as const;
export type PaymentPurpose = (typeof PaymentPurpose)[keyof typeof PaymentPurpose];

export const TopUpSchema = z.object({
  id: z.string(),
  record_type: z.literal('top_up'),
  account_id: z.string(),
  status: z.enum([PaymentStatus.Pending, PaymentStatus.Succeeded, PaymentStatus.Failed]),
  amount_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  payment_method_id: z.string(),
  processor_charge_id: z.string().nullable(),
  ledger_entry_id: z.string().nullable(),
  balance_cents: z.number().int().describe('The wallet balance right after this top-up was credited.'),
  created_at: z.string(),
});
export type TopUp = z.infer<typeof TopUpSchema>;
