import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { UsageRatesSchema } from './usage-rates';

const at = z.iso.datetime({ offset: true });

/**
 * The usage rates a number is charged at from `effective_from` (its activation, or a documented
 * change): the payer's, and for a tenant's number the partner's platform rates. Usage keeps them
 * to rate that number's records.
 */
export const NumberUsageRatesSetV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  account_id: z.string().describe('The payer: the account that bought the number.'),
  partner_id: z
    .string()
    .nullable()
    .describe("The payer's partner, charged the platform rates (null when a partner bought for itself)."),
  currency: z.enum(CURRENCIES),
  rates: UsageRatesSchema,
  partner_rates: UsageRatesSchema.nullable(),
  effective_from: at,
});
export type NumberUsageRatesSetV1 = z.infer<typeof NumberUsageRatesSetV1>;

/** A number stopped being rated for its payer from `effective_to` (it was released). */
export const NumberUsageRatesEndedV1 = z.object({
  number_id: z.string(),
  phone_number: z.string(),
  effective_to: at,
});
export type NumberUsageRatesEndedV1 = z.infer<typeof NumberUsageRatesEndedV1>;

/**
 * A batch of rated records to charge one account, in whole minor units. Usage carries each
 * account's sub-cent remainder to its next batch, so the sum of these charges never differs from
 * the exact cost of the records by a cent or more. Ordering applies each `charge_id` once.
 */
export const UsageRatedV1 = z.object({
  charge_id: z.string(),
  account_id: z.string(),
  partner_id: z
    .string()
    .nullable()
    .describe('For a tenant charged at its price: its partner, who is credited what the tenant pays.'),
  tenant_account_id: z
    .string()
    .nullable()
    .default(null)
    .describe(
      "For a partner charged the platform price of one tenant's records: that tenant (its statement groups by it).",
    ),
  currency: z.enum(CURRENCIES),
  amount_cents: z.number().int().min(1),
  record_count: z.number().int().min(1),
  first_record_at: at,
  last_record_at: at,
});
export type UsageRatedV1 = z.infer<typeof UsageRatedV1>;

/** A rated usage batch was charged to a wallet: what was paid now and what is owed until the next top-up. */
export const UsageChargedV1 = z.object({
  charge_id: z.string(),
  wallet_id: z.string(),
  account_id: z.string(),
  currency: z.enum(CURRENCIES),
  amount_cents: z.number().int(),
  paid_cents: z.number().int(),
  owed_cents: z.number().int().describe("The part the balance could not cover, added to the wallet's debt."),
  record_count: z.number().int(),
  first_record_at: at,
  last_record_at: at,
  charged_at: at,
});
export type UsageChargedV1 = z.infer<typeof UsageChargedV1>;

/** A wallet's usage debt changed: it now owes `owed_cents` (0: settled; calls go through again). */
export const WalletDebtChangedV1 = z.object({
  wallet_id: z.string(),
  account_id: z.string(),
  currency: z.enum(CURRENCIES),
  owed_cents: z.number().int().min(0),
  previous_owed_cents: z.number().int().min(0),
  sequence: z
    .number()
    .int()
    .min(1)
    .describe("Counts this wallet's debt changes: keep the highest seen (deliveries may come out of order)."),
  changed_at: at,
});
export type WalletDebtChangedV1 = z.infer<typeof WalletDebtChangedV1>;
