import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { SUPPORTED_COUNTRIES } from '../inventory/search';
import { UsageRatesSchema } from '../usage/usage-rates';
import { MAX_PRICE_ITEM_CENTS } from './pricing';

/** Operator request/reply patterns of the platform price list (ordering). WARNING: subjects callers depend on. */
export const PriceListPatterns = {
  List: 'ordering.price_list.list',
  ScheduleChange: 'ordering.price_list.schedule_change',
  CancelChange: 'ordering.price_list.cancel_change',
} as const;

const cents = z.number().int().min(0).max(MAX_PRICE_ITEM_CENTS);

/** The items of a price-list row an operator may change; every one is optional in a change. */
export const PriceItemsSchema = z.strictObject({
  setup_cents: cents.optional(),
  monthly_cents: cents.optional(),
  lookup_carrier_cents: cents.optional(),
  lookup_caller_name_cents: cents.optional(),
  porting_fee_cents: cents.optional(),
  minimum_commitment_months: z
    .number()
    .int()
    .min(0)
    .max(36)
    .optional()
    .describe('Months a number bought from then on must be kept; shown before purchase.'),
  usage_rates: UsageRatesSchema.partial()
    .strict()
    .optional()
    .describe('Usage rates of numbers bought from then on, micro-units; numbers already sold keep theirs.'),
});
export type PriceItems = z.infer<typeof PriceItemsSchema>;

/** `POST /v1/operator/price-list/changes`: a change of one row, taking effect at effective_at (now when omitted). */
export const ScheduleChangeBodySchema = z
  .strictObject({
    country_code: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.enum(SUPPORTED_COUNTRIES),
    ),
    number_type: z.enum(NUMBER_TYPES),
    currency: z.enum(CURRENCIES),
    effective_at: z.iso
      .datetime({ offset: true })
      .max(64)
      .optional()
      .describe('When the change applies (ISO 8601); omitted or past: at once.'),
    changes: PriceItemsSchema,
  })
  .superRefine((value, ctx) => {
    const { usage_rates, ...rest } = value.changes;
    const any =
      Object.values(rest).some((v) => v !== undefined) ||
      (usage_rates !== undefined && Object.keys(usage_rates).length > 0);
    if (!any) ctx.addIssue({ code: 'custom', path: ['changes'], message: 'change at least one item' });
  });
export type ScheduleChangeBody = z.infer<typeof ScheduleChangeBodySchema>;

export const ScheduleChangeRequestSchema = z.object({ body: ScheduleChangeBodySchema });
export type ScheduleChangeRequest = z.infer<typeof ScheduleChangeRequestSchema>;
export const CancelChangeRequestSchema = z.object({ change_id: z.string().min(1).max(100) });
export type CancelChangeRequest = z.infer<typeof CancelChangeRequestSchema>;
export const ListPriceListRequestSchema = z.object({});

export const PRICE_CHANGE_STATUSES = ['scheduled', 'applied', 'cancelled'] as const;

export const PriceListChangeSchema = z.object({
  id: z.string(),
  record_type: z.literal('price_list_change'),
  country_code: z.string(),
  number_type: z.string(),
  currency: z.string(),
  effective_at: z.string(),
  changes: PriceItemsSchema,
  status: z.enum(PRICE_CHANGE_STATUSES),
  applied_at: z.string().nullable(),
  created_at: z.string(),
});
export type PriceListChange = z.infer<typeof PriceListChangeSchema>;

export const PriceListRowSchema = z.object({
  country_code: z.string(),
  number_type: z.string(),
  currency: z.string(),
  setup_cents: z.number().int(),
  monthly_cents: z.number().int(),
  lookup_carrier_cents: z.number().int(),
  lookup_caller_name_cents: z.number().int(),
  porting_fee_cents: z.number().int(),
  minimum_commitment_months: z.number().int(),
  usage_rates: UsageRatesSchema,
  updated_at: z.string(),
});

export const PriceListSchema = z.object({
  record_type: z.literal('price_list'),
  data: z.array(PriceListRowSchema),
  scheduled_changes: z.array(PriceListChangeSchema),
});
export type PriceList = z.infer<typeof PriceListSchema>;
