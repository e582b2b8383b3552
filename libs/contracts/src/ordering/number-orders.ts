import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { CAPABILITIES, NUMBER_TYPES } from '../inventory/number-enums';
import { QuantityFiltersSchema } from '../inventory/number-lifecycle';
import { E164Schema } from '../inventory/reservations';
import { SUPPORTED_COUNTRIES } from '../inventory/search';
import { WalletCallerSchema } from './wallets';

/** Request/reply patterns of number orders (ordering). WARNING: subjects callers depend on. */
export const NumberOrderPatterns = {
  Create: 'ordering.number_orders.create',
  Get: 'ordering.number_orders.get',
  List: 'ordering.number_orders.list',
} as const;

/**
 * An order's overall status. `pending` until every number is resolved; then `success` (all active),
 * `partial_success` (some failed and were refunded) or `failure` (all failed, all refunded).
 * WARNING: persisted and public.
 */
export const NumberOrderStatus = {
  Pending: 'pending',
  Success: 'success',
  PartialSuccess: 'partial_success',
  Failure: 'failure',
} as const;
export type NumberOrderStatus = (typeof NumberOrderStatus)[keyof typeof NumberOrderStatus];
export const NUMBER_ORDER_STATUSES = Object.values(NumberOrderStatus) as [NumberOrderStatus, ...NumberOrderStatus[]];

/** A number's status inside an order. WARNING: persisted and public. */
export const OrderNumberStatus = { Pending: 'pending', Success: 'success', Failure: 'failure' } as const;
export type OrderNumberStatus = (typeof OrderNumberStatus)[keyof typeof OrderNumberStatus];
export const ORDER_NUMBER_STATUSES = Object.values(OrderNumberStatus) as [OrderNumberStatus, ...OrderNumberStatus[]];

const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);

/** Public body of `POST /v1/numbers/order`: `phone_numbers` (optionally with the reservation holding them) or `quantity` with filters. */
export const CreateNumberOrderBodySchema = z
  .strictObject({
    country_code: z.preprocess(upper, z.enum(SUPPORTED_COUNTRIES)).describe('US, CA, GB or IN.'),
    number_type: z.enum(NUMBER_TYPES).describe('local, toll_free, national or mobile.'),
    phone_numbers: z
      .array(E164Schema)
      .min(1)
      .max(100)
      .optional()
      .describe('1 to 100 numbers, as found in search or held in your reservation.'),
    reservation_id: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('Your reservation holding phone_numbers; without phone_numbers, every number it holds.'),
    quantity: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .describe('Instead of phone_numbers: buy this many numbers (1 to 10) in one city.'),
    filters: QuantityFiltersSchema.optional().describe(
      'With quantity: where to pick the numbers; locality (the city) is required.',
    ),
    customer_reference: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .describe('Your own reference, kept on the order and its numbers.'),
    auto_renew: z.boolean().default(true).describe('Renew every 30 days from the wallet (default true).'),
  })
  .superRefine((value, ctx) => {
    const byNumbers = value.phone_numbers !== undefined || value.reservation_id !== undefined;
    if (!byNumbers && value.quantity === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['phone_numbers'],
        message: 'give phone_numbers (or reservation_id) or quantity',
      });
    if (byNumbers && value.quantity !== undefined)
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'give phone_numbers or quantity, not both' });
    if (value.quantity !== undefined && value.filters === undefined)
      ctx.addIssue({
        code: 'invalid_type',
        expected: 'object',
        input: undefined,
        path: ['filters'],
        message: 'required with quantity (filters.locality names the city)',
      });
    if (value.quantity === undefined && value.filters !== undefined)
      ctx.addIssue({ code: 'custom', path: ['filters'], message: 'only with quantity' });
    if (value.phone_numbers && new Set(value.phone_numbers).size !== value.phone_numbers.length)
      ctx.addIssue({ code: 'custom', path: ['phone_numbers'], message: 'a number is listed twice' });
  });
export type CreateNumberOrderBody = z.infer<typeof CreateNumberOrderBodySchema>;

export const CreateNumberOrderRequestSchema = z.object({
  caller: WalletCallerSchema,
  body: CreateNumberOrderBodySchema,
  /** The client's Idempotency-Key; ordering keeps it with the order, so a retry never charges twice. */
  idempotency_key: z.string().min(1).max(255),
});
export type CreateNumberOrderRequest = z.infer<typeof CreateNumberOrderRequestSchema>;

export const NumberOrderRefRequestSchema = z.object({
  caller: WalletCallerSchema,
  order_id: z.string().min(1).max(100),
});
export type NumberOrderRefRequest = z.infer<typeof NumberOrderRefRequestSchema>;

/** Public query of `GET /v1/number-orders`. */
export const ListNumberOrdersQuerySchema = z.strictObject({
  status: z.enum(NUMBER_ORDER_STATUSES).optional().describe('Only orders in this status.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListNumberOrdersQuery = z.infer<typeof ListNumberOrdersQuerySchema>;

export const ListNumberOrdersRequestSchema = z.object({
  caller: WalletCallerSchema,
  query: ListNumberOrdersQuerySchema,
});
export type ListNumberOrdersRequest = z.infer<typeof ListNumberOrdersRequestSchema>;

/** A number as an order shows it: the PhoneNumber fields ordering knows, with its status in the order. */
export const OrderedNumberSchema = z.object({
  id: z.string().describe('The number id (pn_...), also used by /v1/numbers/{id}.'),
  record_type: z.literal('phone_number'),
  e164: z.string(),
  phone_number: z.string(),
  country_code: z.string(),
  number_type: z.enum(NUMBER_TYPES),
  capabilities: z.array(z.enum(CAPABILITIES)),
  status: z
    .enum(['pending', 'active', 'purchase_failed', 'released'])
    .describe('pending until the carrier activates it; purchase_failed when it could not (charges refunded).'),
  order_status: z.enum(ORDER_NUMBER_STATUSES).describe('This number in the order: pending, success or failure.'),
  error_code: z.string().nullable(),
  error_message: z.string().nullable(),
  activation_price_cents_customer: z.number().int(),
  monthly_price_cents_customer: z.number().int(),
  currency: z.enum(CURRENCIES),
  is_trial_number: z.boolean(),
  auto_renew: z.boolean(),
  customer_reference: z.string().nullable(),
  ordered_at: z.string(),
  activated_at: z.string().nullable(),
  released_at: z.string().nullable(),
});
export type OrderedNumber = z.infer<typeof OrderedNumberSchema>;

export const NumberOrderSchema = z.object({
  id: z.string(),
  record_type: z.literal('number_order'),
  account_id: z.string(),
  status: z.enum(NUMBER_ORDER_STATUSES),
  country_code: z.string(),
  number_type: z.enum(NUMBER_TYPES),
  currency: z.enum(CURRENCIES),
  total_charged_cents: z
    .number()
    .int()
    .describe('NRC plus the first 30-day MRC of every number, debited when the order was placed.'),
  total_refunded_cents: z.number().int().describe('Refunds of numbers that failed to activate.'),
  customer_reference: z.string().nullable(),
  phone_numbers: z.array(OrderedNumberSchema),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export type NumberOrder = z.infer<typeof NumberOrderSchema>;

export const NumberOrderListSchema = z.object({
  data: z.array(NumberOrderSchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type NumberOrderList = z.infer<typeof NumberOrderListSchema>;
