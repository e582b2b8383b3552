import { z } from 'zod';
import { CAPABILITIES, NUMBER_TYPES } from './number-enums';
import { compileVanityPattern, VANITY_PATTERN_CHARS, VanityPatternError } from './vanity-pattern';
import { UsageRatesSchema } from '../usage/usage-rates';

/** Countries the platform sells numbers in (ISO 3166 alpha-2). */
export const SUPPORTED_COUNTRIES = ['US', 'CA', 'GB', 'IN'] as const;
export type SupportedCountry = (typeof SUPPORTED_COUNTRIES)[number];

/** Countries of the North American Numbering Plan: 3-digit area codes (NPA) and exchanges (NXX). */
export const NANP_COUNTRIES: readonly string[] = ['US', 'CA'];

/** Request/reply patterns of the inventory service. WARNING: subjects callers depend on. */
export const InventoryPatterns = {
  Search: 'inventory.search',
  Summary: 'inventory.summary',
} as const;

const digits = (max: number) => z.string().regex(/^\d+$/, 'digits only').max(max);
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
const commaList = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : v;

/** Search filters, shared by the public query string and the NATS request (it parses both the same way). */
const filterShape = {
  country_code: z
    .preprocess(upper, z.enum(SUPPORTED_COUNTRIES))
    .describe('ISO 3166 alpha-2 country: US, CA, GB or IN.'),
  number_type: z.enum(NUMBER_TYPES).optional().describe('local, toll_free, national or mobile.'),
  region: z.string().trim().min(1).max(100).optional().describe('State or province code, e.g. TX.'),
  locality: z.string().trim().min(1).max(100).optional().describe('City, e.g. Austin (case-insensitive).'),
  rate_center: z.string().trim().min(1).max(100).optional().describe('Rate center (NANP), case-insensitive.'),
  national_destination_code: digits(5).optional().describe('Area code; exactly 3 digits in the US and Canada.'),
  nxx: z
    .string()
    .regex(/^\d{3}$/, 'exactly 3 digits')
    .optional()
    .describe('NANP exchange: the 3 digits after the area code.'),
  features: z
    .preprocess(commaList, z.array(z.enum(CAPABILITIES)).max(4))
    .optional()
    .describe('Comma list of capabilities; every one must be present (voice,sms,mms,fax).'),
  starts_with: digits(15).optional().describe('Digits the national number starts with.'),
  ends_with: digits(15).optional().describe('Digits the national number ends with.'),
  contains: digits(15).optional().describe('Digits the national number contains.'),
  pattern: z
    .string()
    .max(30)
    .regex(VANITY_PATTERN_CHARS, 'digits, letters, X or * and separators only')
    .optional()
    .describe(
      'Vanity pattern: X or * is any digit, letters map to keypad digits, separators are ignored (877-555-XXXX, 800-FLOWERS).',
    ),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(200).optional().describe('meta.next_cursor of the previous page.'),
};

function searchRules(
  value: { country_code: string; national_destination_code?: string; pattern?: string },
  ctx: z.RefinementCtx,
): void {
  if (
    value.national_destination_code !== undefined &&
    NANP_COUNTRIES.includes(value.country_code) &&
    !/^\d{3}$/.test(value.national_destination_code)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['national_destination_code'],
      message: 'an area code in the US and Canada is exactly 3 digits',
    });
  }
  // A pattern with illegal characters already failed its field check: one violation is enough.
  if (value.pattern !== undefined && VANITY_PATTERN_CHARS.test(value.pattern)) {
    try {
      compileVanityPattern(value.pattern);
    } catch (err) {
      if (!(err instanceof VanityPatternError)) throw err;
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: err.message });
    }
  }
}

/** `GET /v1/numbers/available` query. */
export const AvailableNumbersQuerySchema = z.strictObject(filterShape).superRefine(searchRules);
export type AvailableNumbersQuery = z.infer<typeof AvailableNumbersQuerySchema>;

/** Who asks: the acting account and its partner (null when the acting account is a partner). */
const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };

/** `inventory.search` request. Numbers the caller itself holds are not listed either: they are not for sale. */
export const SearchAvailableRequestSchema = z.object({ ...filterShape, ...callerShape }).superRefine(searchRules);
export type SearchAvailableRequest = z.infer<typeof SearchAvailableRequestSchema>;

export const NumberPricingSchema = z.object({
  activation_fee_cents: z.number().int().nonnegative(),
  monthly_fee_cents: z.number().int().nonnegative(),
  currency: z.string(),
  usage_rates: UsageRatesSchema.describe(
    'What calls and messages to the number cost, exact, in micro-units (millionths of a minor unit), with the billing increments.',
  ),
  minimum_commitment_months: z
    .number()
    .int()
    .nonnegative()
    .describe('Months the number must be kept once bought (0: none).'),
});

export const AvailableNumberSchema = z.object({
  phone_number: z.string(),
  country_code: z.string(),
  region: z.string().nullable(),
  locality: z.string().nullable(),
  rate_center: z.string().nullable(),
  national_destination_code: z.string().nullable(),
  number_type: z.enum(NUMBER_TYPES),
  capabilities: z.array(z.enum(CAPABILITIES)),
  pricing: NumberPricingSchema,
});
export type AvailableNumber = z.infer<typeof AvailableNumberSchema>;

/** Past this many matches the count stops (`total_capped`): an exact count of a million rows costs more than the page. */
export const SEARCH_COUNT_CAP = 1000;

export const SearchAvailableReplySchema = z.object({
  data: z.array(AvailableNumberSchema),
  meta: z.object({
    count: z.number().int().describe('Numbers on this page.'),
    total: z.number().int().describe(`Numbers matching, counted up to ${SEARCH_COUNT_CAP}.`),
    total_capped: z
      .boolean()
      .describe(`True when more than ${SEARCH_COUNT_CAP} numbers match (total is then ${SEARCH_COUNT_CAP}).`),
    next_cursor: z.string().nullable(),
  }),
});
export type SearchAvailableReply = z.infer<typeof SearchAvailableReplySchema>;

const summaryShape = {
  country_code: filterShape.country_code,
  number_type: filterShape.number_type,
  region: filterShape.region,
  group_by: z
    .enum(['locality', 'rate_center'])
    .default('locality')
    .describe('Count per locality (default) or per rate center.'),
};

/** `GET /v1/numbers/available/summary` query. */
export const AvailableSummaryQuerySchema = z.strictObject(summaryShape);
export type AvailableSummaryQuery = z.infer<typeof AvailableSummaryQuerySchema>;

export const AvailableSummaryRequestSchema = z.object({ ...summaryShape, ...callerShape });
export type AvailableSummaryRequest = z.infer<typeof AvailableSummaryRequestSchema>;

export const AvailableSummaryReplySchema = z.object({
  data: z.array(z.object({ region: z.string().nullable(), name: z.string().nullable(), count: z.number().int() })),
  meta: z.object({ group_by: z.enum(['locality', 'rate_center']), total: z.number().int() }),
});
export type AvailableSummaryReply = z.infer<typeof AvailableSummaryReplySchema>;
