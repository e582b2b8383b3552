import { z } from 'zod';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { WalletCallerSchema } from '../ordering/wallets';

/** `GET /v1/numbers/portability-check?phone_numbers=a,b`: up to 100 numbers, comma-separated; each is answered on its own. */
export const PortabilityCheckQuerySchema = z.strictObject({
  phone_numbers: z
    .string()
    .min(1)
    .max(4000) // 100 numbers of up to 32 characters, with commas and spaces
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(32)).min(1).max(100, 'at most 100 numbers')),
});
export type PortabilityCheckQuery = z.infer<typeof PortabilityCheckQuerySchema>;

export const PortabilityCheckRequestSchema = z.object({ phone_numbers: z.array(z.string().max(32)).min(1).max(100) });
export type PortabilityCheckRequest = z.infer<typeof PortabilityCheckRequestSchema>;

/** One number's answer: a per-number `error` for numbers that are not E.164 at all. */
export const PortabilityCheckResultSchema = z.object({
  phone_number: z.string(),
  portable: z.boolean(),
  fast_portable: z.boolean(),
  not_portable_reason: z.string().nullable(),
  losing_carrier: z.string().nullable(),
  country_code: z.string().nullable(),
  number_type: z.enum(NUMBER_TYPES).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type PortabilityCheckResult = z.infer<typeof PortabilityCheckResultSchema>;

export const PortabilityCheckReplySchema = z.object({ data: z.array(PortabilityCheckResultSchema) });
export type PortabilityCheckReply = z.infer<typeof PortabilityCheckReplySchema>;

/**
 * `POST /v1/numbers/csr-coverage`: the CSRs of numbers on the caller's own open (draft or exception)
 * port orders, within an hourly budget per account.
 */
export const CsrCoverageBodySchema = z.strictObject({ phone_numbers: z.array(z.string().max(32)).min(1).max(20) });
export type CsrCoverageBody = z.infer<typeof CsrCoverageBodySchema>;

/** Why a number has no record. `not_on_open_port_order` is all a caller learns of a number not on one of its draft or exception port orders. */
export const CSR_UNAVAILABLE_REASONS = [
  'csr_not_available',
  'number_not_portable',
  'invalid_phone_number',
  'not_on_open_port_order',
] as const;

/** The CSR request between the gateway and porting: whose port orders the numbers must be on. */
export const CsrCoverageRequestSchema = z.object({
  caller: WalletCallerSchema,
  phone_numbers: CsrCoverageBodySchema.shape.phone_numbers,
});
export type CsrCoverageRequest = z.infer<typeof CsrCoverageRequestSchema>;

export const CsrCoverageResultSchema = z.object({
  phone_number: z.string(),
  available: z.boolean(),
  /** Why there is no record: one of CSR_UNAVAILABLE_REASONS. */
  reason: z.string().nullable(),
  losing_carrier: z.string().nullable(),
  account_name: z.string().nullable(),
  account_number: z.string().nullable(),
  billing_telephone_number: z.string().nullable(),
  service_address: z.record(z.string(), z.unknown()).nullable(),
});
export type CsrCoverageResult = z.infer<typeof CsrCoverageResultSchema>;

export const CsrCoverageReplySchema = z.object({ data: z.array(CsrCoverageResultSchema) });
export type CsrCoverageReply = z.infer<typeof CsrCoverageReplySchema>;

/** Porting's answer: the records, or (none fetched) that the account's hourly CSR budget is spent and when it has room again. */
export const CsrCoverageRpcReplySchema = CsrCoverageReplySchema.extend({
  rate_limited: z.object({ limit_per_hour: z.number().int(), retry_after_seconds: z.number().int().min(1) }).nullable(),
});
export type CsrCoverageRpcReply = z.infer<typeof CsrCoverageRpcReplySchema>;
