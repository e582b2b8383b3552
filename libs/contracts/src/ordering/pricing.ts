import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { E164Schema } from '../inventory/reservations';
import { SUPPORTED_COUNTRIES } from '../inventory/search';
import { UsageRatesSchema } from '../usage/usage-rates';
import { WalletCallerSchema } from './wallets';

/** Request/reply patterns of price lists, partner markups and quotes (ordering). WARNING: subjects callers depend on. */
export const PricingPatterns = {
  GetPricing: 'ordering.pricing.get',
  PriceTable: 'ordering.pricing.price_table',
  GetMarkups: 'ordering.pricing.get_markups',
  SetMarkups: 'ordering.pricing.set_markups',
  Quote: 'ordering.pricing.quote',
} as const;

/** Largest markup percentage: 1000% (100,000 basis points). */
export const MAX_MARKUP_BASIS_POINTS = 100_000;
/** Largest single price item, in minor units (10,000 major units). */
export const MAX_PRICE_ITEM_CENTS = 1_000_000;

const cents = z.number().int().min(0).max(MAX_PRICE_ITEM_CENTS);

/** One (country, number type) as a buyer pays it, in integer minor units of `currency`. */
export const BuyerPriceSchema = z.object({
  country_code: z.enum(SUPPORTED_COUNTRIES),
  number_type: z.enum(NUMBER_TYPES),
  currency: z.enum(CURRENCIES),
  setup_cents: z.number().int().describe('One-time activation fee (NRC).'),
  monthly_cents: z.number().int().describe('Recurring fee per 30-day cycle (MRC).'),
  per_minute_cents: z
    .number()
    .int()
    .describe('Deprecated: usage_rates.inbound_per_minute_micros rounded up to the minor unit.'),
  connection_cents: z
    .number()
    .int()
    .describe('Deprecated: usage_rates.connect_fee_micros rounded up to the minor unit.'),
  usage_rates: UsageRatesSchema.describe(
    'Calls and messages, exact, in micro-units (millionths of a minor unit: 850000 = 0.85 cents). Charged in arrears; a number keeps the rates it was bought at.',
  ),
  minimum_commitment_months: z
    .number()
    .int()
    .describe(
      'Months a number must be kept once bought (0: none); releasing or cancelling renewal earlier is refused.',
    ),
  lookup_carrier_cents: z.number().int().describe('Fee per carrier lookup.'),
  lookup_caller_name_cents: z.number().int().describe('Fee per caller-name (CNAM) lookup.'),
});
export type BuyerPrice = z.infer<typeof BuyerPriceSchema>;

/** `GET /v1/pricing`: the acting account's own prices. */
export const PricingListSchema = z.object({
  record_type: z.literal('pricing'),
  account_id: z.string(),
  currency: z
    .enum(CURRENCIES)
    .describe('The account currency; a country sold only in another currency is listed in that one.'),
  data: z.array(BuyerPriceSchema),
});
export type PricingList = z.infer<typeof PricingListSchema>;

export const GetPricingRequestSchema = z.object({ caller: WalletCallerSchema });
export type GetPricingRequest = z.infer<typeof GetPricingRequestSchema>;

/**
 * `ordering.pricing.price_table`: inventory asks once per search (then caches) for the buyer prices
 * of one country. Inventory does not know the account currency: ordering takes it from the wallet.
 */
export const PriceTableRequestSchema = z.object({
  account_id: z.string().min(1),
  partner_id: z.string().min(1).nullable(),
  country_code: z.enum(SUPPORTED_COUNTRIES),
});
export type PriceTableRequest = z.infer<typeof PriceTableRequestSchema>;

export const PriceTableSchema = z.object({ data: z.array(BuyerPriceSchema) });
export type PriceTable = z.infer<typeof PriceTableSchema>;

/** One partner markup: applies to the partner's tenants, most specific scope wins (country+type, country, type, everything). */
export const PartnerMarkupSchema = z.strictObject({
  country_code: z
    .preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(SUPPORTED_COUNTRIES))
    .nullable()
    .default(null)
    .describe('Only this country; null for every country.'),
  number_type: z.enum(NUMBER_TYPES).nullable().default(null).describe('Only this number type; null for every type.'),
  percent_basis_points: z
    .number()
    .int()
    .min(0)
    .max(MAX_MARKUP_BASIS_POINTS)
    .default(0)
    .describe('Percent on every item in basis points (1500 = 15%), rounded half-up to the minor unit.'),
  setup_cents: cents.default(0).describe('Fixed amount added to the setup fee, in minor units of the price currency.'),
  monthly_cents: cents.default(0).describe('Fixed amount added to the monthly fee.'),
  per_minute_cents: cents.default(0).describe('Fixed amount added to the per-minute charge.'),
  connection_cents: cents.default(0).describe('Fixed amount added to the connection fee.'),
});
export type PartnerMarkup = z.infer<typeof PartnerMarkupSchema>;

/** `PUT /v1/pricing/markups`: replaces the partner's whole markup set. */
export const SetMarkupsBodySchema = z
  .strictObject({
    markups: z.array(PartnerMarkupSchema).max(100).describe('The complete set; an empty list removes every markup.'),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.markups.forEach((m, i) => {
      const scope = `${m.country_code ?? '*'}/${m.number_type ?? '*'}`;
      if (seen.has(scope))
        ctx.addIssue({
          code: 'custom',
          path: ['markups', i, 'country_code'],
          message: `a second markup for the scope ${scope}`,
        });
      seen.add(scope);
    });
  });
export type SetMarkupsBody = z.infer<typeof SetMarkupsBodySchema>;

export const MarkupSetSchema = z.object({
  record_type: z.literal('markup_set'),
  partner_id: z.string(),
  markups: z.array(PartnerMarkupSchema),
  updated_at: z.string().nullable(),
});
export type MarkupSet = z.infer<typeof MarkupSetSchema>;

export const GetMarkupsRequestSchema = z.object({ caller: WalletCallerSchema });
export type GetMarkupsRequest = z.infer<typeof GetMarkupsRequestSchema>;
export const SetMarkupsRequestSchema = z.object({ caller: WalletCallerSchema, body: SetMarkupsBodySchema });
export type SetMarkupsRequest = z.infer<typeof SetMarkupsRequestSchema>;

/** `POST /v1/quotes`: what an order would cost now, without ordering. Either `phone_numbers` or `quantity`. */
export const QuoteBodySchema = z
  .strictObject({
    country_code: z
      .preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(SUPPORTED_COUNTRIES))
      .describe('US, CA, GB or IN.'),
    number_type: z.enum(NUMBER_TYPES).describe('local, toll_free, national or mobile.'),
    phone_numbers: z.array(E164Schema).min(1).max(100).optional().describe('1 to 100 numbers, as found in search.'),
    quantity: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .describe('1 to 10 numbers of one city (instead of phone_numbers).'),
  })
  .superRefine((value, ctx) => {
    if (value.phone_numbers === undefined && value.quantity === undefined)
      ctx.addIssue({ code: 'custom', path: ['phone_numbers'], message: 'give phone_numbers or quantity' });
    if (value.phone_numbers !== undefined && value.quantity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'give phone_numbers or quantity, not both' });
    if (value.phone_numbers && new Set(value.phone_numbers).size !== value.phone_numbers.length)
      ctx.addIssue({ code: 'custom', path: ['phone_numbers'], message: 'a number is listed twice' });
  });
export type QuoteBody = z.infer<typeof QuoteBodySchema>;

export const QuoteRequestSchema = z.object({ caller: WalletCallerSchema, body: QuoteBodySchema });
export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;

export const QuoteSchema = z.object({
  record_type: z.literal('quote'),
  account_id: z.string(),
  country_code: z.enum(SUPPORTED_COUNTRIES),
  number_type: z.enum(NUMBER_TYPES),
  currency: z.enum(CURRENCIES),
  quantity: z.number().int(),
  phone_numbers: z.array(z.string()).nullable(),
  unit_setup_cents: z.number().int(),
  unit_monthly_cents: z.number().int(),
  usage_rates: UsageRatesSchema.describe(
    'What calls and messages to these numbers will cost, in micro-units (see GET /v1/pricing).',
  ),
  minimum_commitment_months: z.number().int(),
  nrc_cents: z.number().int().describe('Setup fees of every number.'),
  first_mrc_cents: z.number().int().describe('The first 30-day cycle of every number, paid in advance.'),
  total_cents: z.number().int().describe('nrc_cents + first_mrc_cents: what an order would debit now.'),
  quoted_at: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;
