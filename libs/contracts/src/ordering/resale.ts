import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { AmountCentsSchema, WalletCallerSchema } from './wallets';

/**
 * Request/reply patterns of a partner's resale money (ordering). WARNING: subjects callers depend on.
 * Errors: 403 partner_only (a tenant asks), 404 account_not_found (not the partner's tenant),
 * 402 balance_insufficient (the partner cannot cover a transfer), 409 idempotency_key_reused.
 */
export const ResalePatterns = {
  CreateTransfer: 'ordering.resale.create_transfer',
  Statement: 'ordering.resale.statement',
} as const;

/** Public body of `POST /v1/balance/transfers` (Idempotency-Key required). */
export const CreateTransferBodySchema = z.strictObject({
  tenant_account_id: z
    .string()
    .min(1)
    .max(100)
    .describe('The tenant whose balance receives the money; one of your tenants.'),
  amount_cents: AmountCentsSchema.describe(
    "How much to move from your balance to the tenant's, in minor units of your currency.",
  ),
  description: z.string().trim().min(1).max(200).optional().describe('Shown on both ledgers.'),
});
export type CreateTransferBody = z.infer<typeof CreateTransferBodySchema>;

/** The key travels with the request: ordering posts under it, so a retry never moves the money twice. */
export const CreateTransferRequestSchema = z.object({
  caller: WalletCallerSchema,
  transfer: CreateTransferBodySchema,
  idempotency_key: z.string().min(1).max(255),
});
export type CreateTransferRequest = z.infer<typeof CreateTransferRequestSchema>;

export const TransferSchema = z.object({
  id: z.string(),
  record_type: z.literal('transfer'),
  account_id: z.string().describe('The partner the money left.'),
  tenant_account_id: z.string(),
  amount_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  description: z.string().nullable(),
  balance_after_cents: z.number().int().describe("The partner's balance right after the transfer."),
  created_at: z.string(),
});
export type Transfer = z.infer<typeof TransferSchema>;

/** Longest statement period: a year, leap day included. */
export const MAX_STATEMENT_DAYS = 366;
const DAY_MS = 86_400_000;
// At most 64 characters: a timestamp with room for fractional seconds, and a bound on what a query may send.
const isoDateTime = z.iso.datetime({ offset: true }).max(64);

/** Public query of `GET /v1/partner/statement`: the half-open period [from, to). */
export const PartnerStatementQuerySchema = z
  .strictObject({
    from: isoDateTime.describe('Start of the period, inclusive (ISO 8601).'),
    to: isoDateTime.describe(`End of the period, exclusive (ISO 8601); at most ${MAX_STATEMENT_DAYS} days after from.`),
  })
  .superRefine((value, ctx) => {
    const span = new Date(value.to).getTime() - new Date(value.from).getTime();
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from' });
    else if (span > MAX_STATEMENT_DAYS * DAY_MS) {
      // too_big so the violation's rule reads max:366 (days), like any other bound.
      ctx.addIssue({
        code: 'too_big',
        origin: 'date',
        maximum: MAX_STATEMENT_DAYS,
        inclusive: true,
        path: ['to'],
        message: `must be at most ${MAX_STATEMENT_DAYS} days after from`,
      });
    }
  });
export type PartnerStatementQuery = z.infer<typeof PartnerStatementQuerySchema>;

export const PartnerStatementRequestSchema = z.object({
  caller: WalletCallerSchema,
  query: PartnerStatementQuerySchema,
});
export type PartnerStatementRequest = z.infer<typeof PartnerStatementRequestSchema>;

const statementFigures = {
  tenant_paid_cents: z
    .number()
    .int()
    .describe('What the tenant paid for its charges, net of refunds (tenant_payment entries).'),
  platform_charged_cents: z.number().int().describe('What the platform charged you for them, net of refunds.'),
  margin_cents: z.number().int().describe('tenant_paid_cents - platform_charged_cents.'),
  transferred_cents: z.number().int().describe("What you moved to the tenant's balance."),
};

export const PartnerStatementSchema = z.object({
  record_type: z.literal('partner_statement'),
  account_id: z.string(),
  currency: z.enum(CURRENCIES),
  from: z.string(),
  to: z.string(),
  data: z
    .array(z.object({ tenant_account_id: z.string(), ...statementFigures }))
    .describe('One row per tenant with entries in the period, by tenant id.'),
  totals: z.object(statementFigures),
});
export type PartnerStatement = z.infer<typeof PartnerStatementSchema>;
