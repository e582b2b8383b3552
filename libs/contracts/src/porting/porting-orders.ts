import { z } from 'zod';
import { NUMBER_TYPES } from '../inventory/number-enums';
import { E164Schema } from '../inventory/reservations';
import { SUPPORTED_COUNTRIES } from '../inventory/search';
import { WalletCallerSchema } from '../ordering/wallets';
import { PORT_EXCEPTION_CODES, PORT_NUMBER_STATUSES, PORT_ORDER_STATUSES } from './porting-status';

/** Most numbers one port order (phone_numbers plus every range) may carry. */
export const MAX_NUMBERS_PER_PORT_ORDER = 1000;

/** Request/reply patterns of port orders and pre-order checks. WARNING: subjects callers depend on. */
export const PortingPatterns = {
  PortabilityCheck: 'porting.portability.check',
  CsrCoverage: 'porting.csr.coverage',
  Create: 'porting.orders.create',
  Get: 'porting.orders.get',
  List: 'porting.orders.list',
  Update: 'porting.orders.update',
  Submit: 'porting.orders.submit',
  Cancel: 'porting.orders.cancel',
  Timeline: 'porting.orders.timeline',
  Comment: 'porting.orders.comment',
} as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-03-06');

export const PortAddressSchema = z.strictObject({
  street: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  region: z.string().trim().min(1).max(100).nullable().optional(),
  postal_code: z.string().trim().min(1).max(20),
  country_code: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2'),
});

/** The end user at the losing carrier: what the carrier checks the order against. */
export const PortEndUserSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).describe('Account holder as on the bill.'),
  company: z.string().trim().min(1).max(120).nullable().optional(),
  service_address: PortAddressSchema,
  account_number: z.string().trim().min(1).max(64).describe('Account number at the losing carrier.'),
  pin: z
    .string()
    .regex(/^[0-9A-Za-z]{4,12}$/, '4 to 12 letters or digits')
    .nullable()
    .optional()
    .describe('Port-out PIN; never shown back.'),
  billing_telephone_number: E164Schema.nullable().optional(),
});
export type PortEndUser = z.infer<typeof PortEndUserSchema>;

export const PortRangeSchema = z.strictObject({ start: E164Schema, end: E164Schema });

const orderFields = {
  phone_numbers: z.array(E164Schema).max(MAX_NUMBERS_PER_PORT_ORDER),
  ranges: z.array(PortRangeSchema).max(100),
  use: z.enum(['business', 'personal']),
  end_user: PortEndUserSchema,
  requested_foc_date: date.describe("A business day (Mon-Fri, UTC), at least the carrier's minimum lead time ahead."),
  documents: z.array(z.string().min(1).max(100)).max(10),
  user_feedback: z.strictObject({ comment: z.string().max(2000).nullable().optional() }),
};

/** `POST /v1/numbers/porting-orders`. */
export const CreatePortOrderBodySchema = z.strictObject({
  country_code: z.enum(SUPPORTED_COUNTRIES),
  phone_numbers: orderFields.phone_numbers.optional(),
  ranges: orderFields.ranges.optional(),
  use: orderFields.use,
  end_user: orderFields.end_user,
  requested_foc_date: orderFields.requested_foc_date,
  documents: orderFields.documents.optional(),
  user_feedback: orderFields.user_feedback.optional(),
  customer_reference: z.string().max(120).nullable().optional(),
});
export type CreatePortOrderBody = z.infer<typeof CreatePortOrderBodySchema>;

/** `PATCH /v1/numbers/porting-orders/{id}` (draft or exception only): the fields sent replace theirs; phone_numbers replaces the order's numbers. */
export const UpdatePortOrderBodySchema = z
  .strictObject({
    phone_numbers: orderFields.phone_numbers.min(1).optional(),
    use: orderFields.use.optional(),
    end_user: orderFields.end_user.optional(),
    requested_foc_date: orderFields.requested_foc_date.optional(),
    documents: orderFields.documents.optional(),
    user_feedback: orderFields.user_feedback.optional(),
    customer_reference: z.string().max(120).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'send at least one field' });
export type UpdatePortOrderBody = z.infer<typeof UpdatePortOrderBodySchema>;

export const ListPortOrdersQuerySchema = z.strictObject({
  status: z.enum(PORT_ORDER_STATUSES).optional().describe('Only orders in this status.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListPortOrdersQuery = z.infer<typeof ListPortOrdersQuerySchema>;

export const PortCommentBodySchema = z.strictObject({ body: z.string().trim().min(1).max(2000) });
export type PortCommentBody = z.infer<typeof PortCommentBodySchema>;

export const CancelPortOrderBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(500).optional() });
export type CancelPortOrderBody = z.infer<typeof CancelPortOrderBodySchema>;

// --- RPC envelopes (gateway -> porting) ---
const caller = { caller: WalletCallerSchema };
export const CreatePortOrderRequestSchema = z.object({ ...caller, body: CreatePortOrderBodySchema });
export type CreatePortOrderRequest = z.infer<typeof CreatePortOrderRequestSchema>;
export const PortOrderRefRequestSchema = z.object({ ...caller, order_id: z.string().min(1).max(100) });
export type PortOrderRefRequest = z.infer<typeof PortOrderRefRequestSchema>;
export const UpdatePortOrderRequestSchema = z.object({
  ...caller,
  order_id: z.string().min(1).max(100),
  body: UpdatePortOrderBodySchema,
});
export type UpdatePortOrderRequest = z.infer<typeof UpdatePortOrderRequestSchema>;
export const CancelPortOrderRequestSchema = z.object({
  ...caller,
  order_id: z.string().min(1).max(100),
  body: CancelPortOrderBodySchema,
});
export type CancelPortOrderRequest = z.infer<typeof CancelPortOrderRequestSchema>;
export const CommentPortOrderRequestSchema = z.object({
  ...caller,
  order_id: z.string().min(1).max(100),
  body: PortCommentBodySchema,
});
export type CommentPortOrderRequest = z.infer<typeof CommentPortOrderRequestSchema>;
export const ListPortOrdersRequestSchema = z.object({ ...caller, query: ListPortOrdersQuerySchema });
export type ListPortOrdersRequest = z.infer<typeof ListPortOrdersRequestSchema>;

// --- Resources ---
export const PortOrderNumberSchema = z.object({
  phone_number: z.string(),
  number_id: z.string().nullable(),
  number_type: z.enum(NUMBER_TYPES).nullable(),
  status: z.enum(PORT_NUMBER_STATUSES),
  portable: z.boolean().nullable(),
  fast_portable: z.boolean().nullable(),
  not_portable_reason: z.string().nullable(),
  /** Why the number is where it is, in words. */
  status_detail: z.string().nullable(),
  fee_cents: z.number().int().nullable(),
  fee_refunded: z.boolean(),
});

export const PortOrderSchema = z.object({
  id: z.string(),
  record_type: z.literal('porting_order'),
  account_id: z.string(),
  status: z.enum(PORT_ORDER_STATUSES),
  /** Where the order stands and what happens (or what to do) next. */
  status_detail: z.string(),
  parent_order_id: z.string().nullable(),
  /** The other orders this request was split into (one per losing carrier). */
  related_order_ids: z.array(z.string()),
  country_code: z.string(),
  losing_carrier: z.string().nullable(),
  use: z.enum(['business', 'personal']),
  end_user: z.object({
    name: z.string(),
    company: z.string().nullable(),
    service_address: z.record(z.string(), z.unknown()),
    account_number: z.string(),
    pin_set: z.boolean(),
    billing_telephone_number: z.string().nullable(),
  }),
  requested_foc_date: z.string(),
  foc_date: z.string().nullable(),
  documents: z.array(z.string()),
  user_feedback: z.object({ comment: z.string().nullable() }),
  customer_reference: z.string().nullable(),
  exception: z
    .object({ code: z.enum(PORT_EXCEPTION_CODES), message: z.string(), remediation: z.string(), raised_at: z.string() })
    .nullable(),
  phone_numbers: z.array(PortOrderNumberSchema),
  fees: z.object({ currency: z.string(), charged_cents: z.number().int(), refunded_cents: z.number().int() }),
  submissions: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  submitted_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  cancelled_at: z.string().nullable(),
});
export type PortOrder = z.infer<typeof PortOrderSchema>;

export const PortOrderListSchema = z.object({
  data: z.array(PortOrderSchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type PortOrderList = z.infer<typeof PortOrderListSchema>;

/** What a timeline entry records. WARNING: persisted. */
export const PORT_TIMELINE_KINDS = [
  'created',
  'status_changed',
  'numbers_dropped',
  'foc_set',
  'exception',
  'updated',
  'fee_charged',
  'fee_refunded',
  'comment',
  'numbers_ready',
  'numbers_activated',
] as const;

export const PortTimelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(PORT_TIMELINE_KINDS),
  actor: z.enum(['customer', 'carrier', 'platform']),
  from_status: z.enum(PORT_ORDER_STATUSES).nullable(),
  to_status: z.enum(PORT_ORDER_STATUSES).nullable(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type PortTimelineEntry = z.infer<typeof PortTimelineEntrySchema>;

export const PortTimelineSchema = z.object({ order_id: z.string(), data: z.array(PortTimelineEntrySchema) });
export type PortTimeline = z.infer<typeof PortTimelineSchema>;
