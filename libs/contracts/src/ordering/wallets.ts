import { z } from 'zod';
import { CURRENCIES } from '../enums';

/** Request/reply patterns of wallets and their ledger (ordering). WARNING: subjects callers depend on. */
export const WalletPatterns = {
  GetBalance: 'ordering.wallets.get_balance',
  ListLedger: 'ordering.wallets.list_ledger',
  SetAutoRecharge: 'ordering.wallets.set_auto_recharge',
  TopUp: 'ordering.wallets.top_up',
} as const;

/**
 * Why a ledger entry moved money. WARNING: persisted (a CHECK constraint lists them) and public;
 * add kinds with a migration, never rename one.
 */
export const LedgerEntryKind = {
  TopUp: 'top_up',
  OrderCharge: 'order_charge',
  Refund: 'refund',
  Renewal: 'renewal',
  LookupFee: 'lookup_fee',
  Adjustment: 'adjustment',
  /** Calls and messages, charged in arrears per rated batch (or a debt settled by a top-up). */
  Usage: 'usage',
  /** Money a partner moved to one of its tenants (both ledgers). */
  Transfer: 'transfer',
  /** On a partner's ledger: what its tenant paid for a charge (negative when a refund reverses it). */
  TenantPayment: 'tenant_payment',
} as const;
export type LedgerEntryKind = (typeof LedgerEntryKind)[keyof typeof LedgerEntryKind];
export const LEDGER_ENTRY_KINDS = Object.values(LedgerEntryKind) as [LedgerEntryKind, ...LedgerEntryKind[]];

/** Largest single amount the platform moves: 10 million in major units, far inside PostgreSQL bigint and JS safe integers. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

/** An amount in integer minor units (cents, pence, paise). */
export const AmountCentsSchema = z.number().int().min(1).max(MAX_AMOUNT_CENTS);

/**
 * Who asks: the acting account, its partner, and the account's currency (from the gateway's account
 * record) so a wallet missing for any reason is opened in the right currency.
 */
export const WalletCallerSchema = z.object({
  account_id: z.string().min(1),
  partner_id: z.string().min(1).nullable(),
  currency: z.enum(CURRENCIES),
});
export type WalletCaller = z.infer<typeof WalletCallerSchema>;

/** Auto-recharge as a client sets it with `PUT /v1/balance/auto-recharge`. */
export const AutoRechargeBodySchema = z
  .strictObject({
    enabled: z.boolean().describe('Charge the saved card when a charge would take the balance below threshold_cents.'),
    threshold_cents: z
      .number()
      .int()
      .min(0)
      .max(MAX_AMOUNT_CENTS)
      .describe('Recharge when a charge would leave less than this.'),
    amount_cents: AmountCentsSchema.describe(
      'How much to charge the card each time (more when a single charge needs more).',
    ),
    payment_method_id: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .describe('The saved card to charge; required when enabled.'),
  })
  .superRefine((value, ctx) => {
    if (value.enabled && !value.payment_method_id)
      ctx.addIssue({ code: 'custom', path: ['payment_method_id'], message: 'required when enabled is true' });
  });
export type AutoRechargeBody = z.infer<typeof AutoRechargeBodySchema>;

export const SetAutoRechargeRequestSchema = z.object({ caller: WalletCallerSchema, settings: AutoRechargeBodySchema });
export type SetAutoRechargeRequest = z.infer<typeof SetAutoRechargeRequestSchema>;

export const AutoRechargeSchema = z.object({
  enabled: z.boolean(),
  threshold_cents: z.number().int(),
  amount_cents: z.number().int(),
  payment_method_id: z.string().nullable(),
});
export type AutoRecharge = z.infer<typeof AutoRechargeSchema>;

export const BalanceSchema = z.object({
  record_type: z.literal('balance'),
  account_id: z.string(),
  wallet_id: z.string(),
  balance_cents: z.number().int(),
  owed_cents: z
    .number()
    .int()
    .describe(
      "Usage the balance could not pay when it was charged; the next top-up pays it first. While above 0, new non-emergency calls to the account's numbers are refused.",
    ),
  currency: z.enum(CURRENCIES),
  auto_recharge: AutoRechargeSchema,
  updated_at: z.string(),
});
export type Balance = z.infer<typeof BalanceSchema>;

// At most 64 characters: a timestamp with room for fractional seconds, and a bound on what a query may send.
const isoDateTime = z.iso.datetime({ offset: true }).max(64);

/** Public query of `GET /v1/ledger`. */
export const ListLedgerQuerySchema = z
  .strictObject({
    kind: z.enum(LEDGER_ENTRY_KINDS).optional().describe('Only entries of this kind.'),
    created_after: isoDateTime.optional().describe('Only entries created at or after this instant (ISO 8601).'),
    created_before: isoDateTime.optional().describe('Only entries created before this instant (ISO 8601).'),
    limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
    cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
  })
  .superRefine((value, ctx) => {
    if (
      value.created_after &&
      value.created_before &&
      new Date(value.created_after) >= new Date(value.created_before)
    ) {
      ctx.addIssue({ code: 'custom', path: ['created_before'], message: 'must be later than created_after' });
    }
  });
export type ListLedgerQuery = z.infer<typeof ListLedgerQuerySchema>;

export const ListLedgerRequestSchema = z.object({ caller: WalletCallerSchema, query: ListLedgerQuerySchema });
export type ListLedgerRequest = z.infer<typeof ListLedgerRequestSchema>;

export const LedgerEntrySchema = z.object({
  id: z.string(),
  record_type: z.literal('ledger_entry'),
  account_id: z.string(),
  wallet_id: z.string(),
  kind: z.enum(LEDGER_ENTRY_KINDS),
  amount_cents: z.number().int().describe('Signed: credits are positive, debits negative.'),
  balance_after_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  sequence: z.number().int().describe('1, 2, 3... per wallet: each entry follows the previous one.'),
  reference: z.string().nullable().describe('What the entry is for, e.g. the payment or order id.'),
  description: z.string(),
  created_at: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const LedgerEntryListSchema = z.object({
  data: z.array(LedgerEntrySchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type LedgerEntryList = z.infer<typeof LedgerEntryListSchema>;
