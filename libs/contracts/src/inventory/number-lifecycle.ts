import { z } from 'zod';
import { CAPABILITIES, NUMBER_TYPES } from './number-enums';
import { E164Schema } from './reservations';
import { SUPPORTED_COUNTRIES } from './search';

/**
 * Request/reply patterns for what ordering asks of the registry when numbers are bought and
 * released. WARNING: subjects callers depend on.
 */
export const NumberLifecyclePatterns = {
  /** Takes numbers for an order: free (or held by the buyer) -> pending_purchase. Idempotent per order. */
  Claim: 'inventory.numbers.claim',
  /** Gives back an order's claimed numbers that were never paid for (402, or an abandoned order). Idempotent. */
  Unclaim: 'inventory.numbers.unclaim',
  /** Release now: disconnected upstream, then aging. Emits number.released. */
  Release: 'inventory.numbers.release',
  /** One owned number of the registry, by id or E.164. */
  Get: 'inventory.numbers.get',
  /** A carrier lookup (line type and carrier, or caller name) through the carrier adapter. */
  CarrierLookup: 'inventory.numbers.carrier_lookup',
} as const;

/** An owned number's id: `pn_` then a sortable id; minted when the number is claimed by an order. */
export const NumberIdSchema = z.string().regex(/^pn_[0-9a-z]{10,40}$/, 'a number id such as pn_01j...');

/** A number reference in a URL: its id or its E.164 form. */
export const NumberRefSchema = z.union([NumberIdSchema, E164Schema]);

/** Filters a quantity order picks numbers with (all in one city: `locality` is required). */
export const QuantityFiltersSchema = z.strictObject({
  region: z.string().trim().min(1).max(100).optional(),
  locality: z.string().trim().min(1).max(100),
  rate_center: z.string().trim().min(1).max(100).optional(),
  national_destination_code: z
    .string()
    .regex(/^\d{1,5}$/, 'digits only')
    .optional(),
  nxx: z
    .string()
    .regex(/^\d{3}$/, 'exactly 3 digits')
    .optional(),
  features: z.array(z.enum(CAPABILITIES)).max(4).optional(),
  starts_with: z
    .string()
    .regex(/^\d{1,15}$/, 'digits only')
    .optional(),
  ends_with: z
    .string()
    .regex(/^\d{1,15}$/, 'digits only')
    .optional(),
  contains: z
    .string()
    .regex(/^\d{1,15}$/, 'digits only')
    .optional(),
});
export type QuantityFilters = z.infer<typeof QuantityFiltersSchema>;

export const ClaimSelectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('numbers'),
    phone_numbers: z.array(E164Schema).min(1).max(100),
    reservation_id: z.string().min(1).max(100).nullable(),
  }),
  z.object({ kind: z.literal('quantity'), quantity: z.number().int().min(1).max(10), filters: QuantityFiltersSchema }),
]);
export type ClaimSelection = z.infer<typeof ClaimSelectionSchema>;

/**
 * `inventory.numbers.claim`: in one transaction, every selected number must be free now or held by
 * `account_id` (in `reservation_id` when given) and be of `country_code`/`number_type`; all of them
 * become `pending_purchase` for `order_id` with `owner_account_id = account_id`, or none do (409
 * number_unavailable naming each number). A second claim for the same `order_id` returns the first
 * claim's numbers and changes nothing.
 */
export const ClaimNumbersRequestSchema = z.object({
  order_id: z.string().min(1).max(100),
  account_id: z.string().min(1),
  partner_id: z.string().min(1).nullable(),
  country_code: z.enum(SUPPORTED_COUNTRIES),
  number_type: z.enum(NUMBER_TYPES),
  selection: ClaimSelectionSchema,
});
export type ClaimNumbersRequest = z.infer<typeof ClaimNumbersRequestSchema>;

export const ClaimedNumberSchema = z.object({
  number_id: NumberIdSchema,
  phone_number: z.string(),
  country_code: z.string(),
  number_type: z.enum(NUMBER_TYPES),
  region: z.string().nullable(),
  locality: z.string().nullable(),
  rate_center: z.string().nullable(),
  capabilities: z.array(z.enum(CAPABILITIES)),
});
export type ClaimedNumber = z.infer<typeof ClaimedNumberSchema>;

export const ClaimNumbersReplySchema = z.object({ order_id: z.string(), numbers: z.array(ClaimedNumberSchema).min(1) });
export type ClaimNumbersReply = z.infer<typeof ClaimNumbersReplySchema>;

/** `inventory.numbers.unclaim`: numbers of `order_id` still `pending_purchase` and never sent to the carrier go back to stock. */
export const UnclaimNumbersRequestSchema = z.object({ order_id: z.string().min(1).max(100) });
export type UnclaimNumbersRequest = z.infer<typeof UnclaimNumbersRequestSchema>;

export const UnclaimNumbersReplySchema = z.object({ order_id: z.string(), released: z.array(z.string()) });
export type UnclaimNumbersReply = z.infer<typeof UnclaimNumbersReplySchema>;

/** Lifecycle states a client sees on an owned number. */
export const OwnedNumberStatus = {
  Pending: 'pending',
  Active: 'active',
  Released: 'released',
  PortingIn: 'porting_in',
  Failed: 'purchase_failed',
} as const;
export type OwnedNumberStatus = (typeof OwnedNumberStatus)[keyof typeof OwnedNumberStatus];
export const OWNED_NUMBER_STATUSES = Object.values(OwnedNumberStatus) as [OwnedNumberStatus, ...OwnedNumberStatus[]];

/**
 * Why a pending number is not active yet (`status_reason`); a purchase_failed number carries its
 * failure code there instead (`compliance_incomplete`, `carrier_timeout`, ...). WARNING: published.
 */
export const NumberStatusReason = {
  /** Its country's regulatory requirements are not met yet (`GET /v1/numbers/{id}/compliance` lists what is missing). */
  AwaitingCompliance: 'awaiting_compliance',
  /** Its own requirements are met; another number of its order still waits for its paperwork (the order goes to the carrier whole). */
  AwaitingOrderCompliance: 'awaiting_order_compliance',
} as const;
export type NumberStatusReason = (typeof NumberStatusReason)[keyof typeof NumberStatusReason];

/** The registry's view of an owned (or once-owned) number. */
export const RegistryNumberSchema = ClaimedNumberSchema.extend({
  status: z.enum(OWNED_NUMBER_STATUSES),
  /** Why the status is what it is, when it is not plain (see NumberStatusReason); null otherwise. */
  status_reason: z.string().nullable(),
  owner_account_id: z.string().nullable(),
  tenant_account_id: z.string().nullable(),
  order_id: z.string().nullable(),
  connection_id: z.string().nullable(),
  tags: z.array(z.string()),
  description: z.string().nullable(),
  customer_reference: z.string().nullable(),
  source: z.enum(['purchased', 'ported']),
  purchased_at: z.string().nullable(),
  activated_at: z.string().nullable(),
  released_at: z.string().nullable(),
  updated_at: z.string(),
});
export type RegistryNumber = z.infer<typeof RegistryNumberSchema>;

/**
 * `inventory.numbers.get` and `.release`: a number the account (or, for a partner, one of its
 * tenants) owns; anything else is 404 number_not_found, so ids cannot be probed.
 */
export const NumberRefRequestSchema = z.object({
  account_id: z.string().min(1),
  partner_id: z.string().min(1).nullable(),
  number: NumberRefSchema,
});
export type NumberRefRequest = z.infer<typeof NumberRefRequestSchema>;

/** Lookup kinds of `POST /v1/numbers/lookups`. */
export const LookupType = { Carrier: 'carrier', CallerName: 'caller-name' } as const;
export type LookupType = (typeof LookupType)[keyof typeof LookupType];
export const LOOKUP_TYPES = Object.values(LookupType) as [LookupType, ...LookupType[]];

export const CarrierLookupRequestSchema = z.object({ phone_number: E164Schema, type: z.enum(LOOKUP_TYPES) });
export type CarrierLookupRequest = z.infer<typeof CarrierLookupRequestSchema>;

/** What a lookup found; `caller_name` only for `caller-name` lookups. */
export const NumberLookupResultSchema = z.object({
  phone_number: z.string(),
  valid: z.boolean(),
  country_code: z.string().nullable(),
  line_type: z.string().nullable(),
  carrier_name: z.string().nullable(),
  caller_name: z.object({ name: z.string(), type: z.enum(['business', 'consumer']) }).nullable(),
});
export type NumberLookupResult = z.infer<typeof NumberLookupResultSchema>;
