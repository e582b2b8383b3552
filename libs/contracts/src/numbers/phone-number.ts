import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { CAPABILITIES, NUMBER_TYPES } from '../inventory/number-enums';
import { OWNED_NUMBER_STATUSES } from '../inventory/number-lifecycle';
import { RegistryPatchShape } from '../inventory/owned-numbers';
import { SUBSCRIPTION_STATUSES } from '../ordering/subscriptions';
import { NumberSettingsSchema, RoutingSettingsPatchSchema } from '../routing/routing-settings';

/** Routing's fields on the resource; null when routing holds nothing for the number yet (e.g. still pending). */
const settingsShape = NumberSettingsSchema.omit({
  record_type: true,
  number_id: true,
  phone_number: true,
  updated_at: true,
}).shape;
const nullableSettings = Object.fromEntries(
  Object.entries(settingsShape).map(([key, schema]) => [key, (schema as z.ZodType).nullable()]),
) as {
  [K in keyof typeof settingsShape]: z.ZodNullable<(typeof settingsShape)[K]>;
};

/**
 * The public PhoneNumber: composed by the gateway from the registry (inventory), billing (ordering;
 * null fields for an assigned tenant, since billing stays with the buyer) and settings (routing).
 */
export const PhoneNumberSchema = z.object({
  id: z.string().describe('pn_...: also accepted wherever {id} is, as is the E.164 number.'),
  record_type: z.literal('phone_number'),
  e164: z.string(),
  phone_number: z.string(),
  country_code: z.string(),
  region: z.string().nullable(),
  locality: z.string().nullable(),
  rate_center: z.string().nullable(),
  number_type: z.enum(NUMBER_TYPES),
  capabilities: z.array(z.enum(CAPABILITIES)),
  status: z.enum(OWNED_NUMBER_STATUSES),
  status_reason: z
    .string()
    .nullable()
    .describe(
      'Why a pending number is not active yet (awaiting_compliance, awaiting_order_compliance), or the failure code of a purchase_failed one; null otherwise.',
    ),
  source: z.enum(['purchased', 'ported']),
  owner_account_id: z.string().nullable().describe('Who bought it and pays for it.'),
  tenant_account_id: z.string().nullable().describe('The tenant it is assigned to, if any.'),
  connection_id: z.string().nullable(),
  tags: z.array(z.string()),
  description: z.string().nullable(),
  customer_reference: z.string().nullable(),
  order_id: z.string().nullable(),
  currency: z.enum(CURRENCIES).nullable(),
  setup_price_cents: z.number().int().nullable(),
  monthly_price_cents: z.number().int().nullable(),
  is_trial_number: z.boolean().nullable(),
  minimum_commitment_months: z.number().int().nullable(),
  billing_status: z.enum(SUBSCRIPTION_STATUSES).nullable(),
  auto_renew: z.boolean().nullable(),
  cancel_at_period_end: z.boolean().nullable(),
  billing_started_at: z.string().nullable(),
  last_billed_at: z.string().nullable(),
  paid_until: z.string().nullable(),
  next_billing_date: z.string().nullable(),
  purchased_at: z.string().nullable(),
  activated_at: z.string().nullable(),
  released_at: z.string().nullable(),
  ...nullableSettings,
  created_at: z.string().nullable(),
  updated_at: z.string(),
});
export type PhoneNumber = z.infer<typeof PhoneNumberSchema>;

export const PhoneNumberListSchema = z.object({
  data: z.array(PhoneNumberSchema),
  meta: z.object({ count: z.number().int(), next_cursor: z.string().nullable() }),
});
export type PhoneNumberList = z.infer<typeof PhoneNumberListSchema>;

/**
 * Public body of `PATCH /v1/numbers/{id}`: only the fields sent change. The gateway splits it by
 * owner (registry fields to inventory, routing settings to routing, auto_renew to ordering) and
 * validates every part before applying any.
 */
export const PatchPhoneNumberBodySchema = z
  .strictObject({
    ...RegistryPatchShape,
    ...RoutingSettingsPatchSchema.shape,
    auto_renew: z
      .boolean()
      .optional()
      .describe('Renew every 30 days from the wallet; false lets the number end at paid_until unless renewed by hand.'),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: 'send at least one field to change',
    path: [],
  });
export type PatchPhoneNumberBody = z.infer<typeof PatchPhoneNumberBodySchema>;
