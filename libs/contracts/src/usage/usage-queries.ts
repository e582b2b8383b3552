import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { E164Schema } from '../inventory/reservations';
import { USAGE_DIRECTIONS, USAGE_RECORD_KINDS } from './usage-records';

/** Request/reply patterns of the usage service. WARNING: subjects callers depend on. */
export const UsagePatterns = {
  ListRecords: 'usage.records.list',
  Report: 'usage.report',
  ListHeld: 'usage.held.list',
} as const;

// At most 64 characters: a timestamp with room for fractional seconds, and a bound on what a query may send.
const isoDateTime = z.iso.datetime({ offset: true }).max(64);

/**
 * Who asks: the acting account and, when it is a partner, it sees its tenants' usage too
 * (`tenant_id` narrows to one). A tenant sees only its own.
 */
export const UsageCallerSchema = z.object({
  account_id: z.string().min(1),
  is_partner: z.boolean(),
});
export type UsageCaller = z.infer<typeof UsageCallerSchema>;

/** Filters shared by `GET /v1/usage/records` and `GET /v1/usage/report`. */
const usageFilters = {
  kind: z.enum(USAGE_RECORD_KINDS).optional().describe('Only calls or only messages.'),
  phone_number: E164Schema.optional().describe('Only records of this platform number.'),
  tenant_id: z.string().min(1).max(100).optional().describe("Partners only: only this tenant's usage."),
  direction: z.enum(USAGE_DIRECTIONS).optional(),
  from: isoDateTime.optional().describe('Only usage at or after this instant (ISO 8601).'),
  to: isoDateTime.optional().describe('Only usage before this instant (ISO 8601).'),
};

function laterThanFrom(value: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (value.from && value.to && new Date(value.from) >= new Date(value.to))
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from' });
}

export const ListUsageRecordsQuerySchema = z
  .strictObject({
    ...usageFilters,
    charge_id: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('Only the records one usage charge (ledger reference) covers.'),
    limit: z.coerce.number().int().min(1).max(1000).default(50).describe('Page size, 1 to 1000 (default 50).'),
    cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
  })
  .superRefine(laterThanFrom);
export type ListUsageRecordsQuery = z.infer<typeof ListUsageRecordsQuerySchema>;

export const ListUsageRecordsRequestSchema = z.object({
  caller: UsageCallerSchema,
  query: ListUsageRecordsQuerySchema,
});
export type ListUsageRecordsRequest = z.infer<typeof ListUsageRecordsRequestSchema>;

export const UsageRecordViewSchema = z.object({
  id: z.string().describe("The edge's record id."),
  record_type: z.literal('usage_record'),
  kind: z.enum(USAGE_RECORD_KINDS),
  phone_number: z.string(),
  account_id: z.string().describe('The payer.'),
  direction: z.enum(USAGE_DIRECTIONS),
  from: z.string(),
  to: z.string(),
  started_at: z.string(),
  answered_at: z.string().nullable(),
  ended_at: z.string().nullable(),
  billable_seconds: z.number().int(),
  billed_seconds: z.number().int().describe('billable_seconds rounded up by the billing increments.'),
  parts: z.number().int().nullable(),
  hangup_cause: z.string().nullable(),
  connection_id: z.string().nullable(),
  currency: z.enum(CURRENCIES),
  cost_cents_decimal: z
    .string()
    .describe('Exact cost to the payer in minor units, as a decimal string (sub-cent digits kept).'),
  charge_id: z.string().describe('The usage charge that billed it to the payer (ledger reference).'),
  partner_cost_cents_decimal: z
    .string()
    .nullable()
    .describe(
      "Shown to the payer's partner only: what the platform charged the partner for this tenant record (null otherwise).",
    ),
  partner_charge_id: z
    .string()
    .nullable()
    .describe("Shown to the payer's partner only: the partner's usage charge for it (null otherwise)."),
});
export type UsageRecordView = z.infer<typeof UsageRecordViewSchema>;

export const UsageRecordListSchema = z.object({
  data: z.array(UsageRecordViewSchema),
  meta: z.object({ next_cursor: z.string().nullable() }),
});
export type UsageRecordList = z.infer<typeof UsageRecordListSchema>;

export const USAGE_REPORT_GROUPS = ['day', 'phone_number', 'tenant', 'kind'] as const;
export type UsageReportGroup = (typeof USAGE_REPORT_GROUPS)[number];

export const UsageReportQuerySchema = z
  .strictObject({
    ...usageFilters,
    group_by: z
      .enum(USAGE_REPORT_GROUPS)
      .default('day')
      .describe('One row per day (UTC), number, tenant (payer) or kind.'),
  })
  .superRefine(laterThanFrom);
export type UsageReportQuery = z.infer<typeof UsageReportQuerySchema>;

export const UsageReportRequestSchema = z.object({ caller: UsageCallerSchema, query: UsageReportQuerySchema });
export type UsageReportRequest = z.infer<typeof UsageReportRequestSchema>;

const totals = {
  calls: z.number().int(),
  messages: z.number().int(),
  message_parts: z.number().int(),
  billed_seconds: z.number().int(),
  minutes_decimal: z.string().describe('billed_seconds / 60, two decimals.'),
  cost_cents_decimal: z.string(),
};

export const UsageReportSchema = z.object({
  record_type: z.literal('usage_report'),
  group_by: z.enum(USAGE_REPORT_GROUPS),
  currency: z.enum(CURRENCIES).nullable(),
  data: z.array(z.object({ key: z.string(), ...totals })),
  totals: z.object(totals),
});
export type UsageReport = z.infer<typeof UsageReportSchema>;

/** Operators: records kept aside (malformed, or for a number usage has no rates for yet), latest first. */
export const ListHeldRecordsQuerySchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .describe('How many of the latest held records, 1 to 1000 (default 100).'),
});
export type ListHeldRecordsQuery = z.infer<typeof ListHeldRecordsQuerySchema>;

export const ListHeldRecordsRequestSchema = ListHeldRecordsQuerySchema;
export type ListHeldRecordsRequest = ListHeldRecordsQuery;

export const HeldRecordSchema = z.object({
  id: z.string(),
  record_id: z.string().nullable(),
  phone_number: z.string().nullable(),
  record_time: z.string().nullable().describe('When the usage happened, if the record could be read.'),
  reason: z
    .string()
    .describe("malformed: <the rule it broke>, or number_unknown (rated as soon as the number's rates arrive)."),
  payload: z.string(),
  received_at: z.string(),
});
export const HeldRecordListSchema = z.object({
  data: z.array(HeldRecordSchema),
  meta: z.object({ total: z.number().int() }),
});
export type HeldRecordList = z.infer<typeof HeldRecordListSchema>;
