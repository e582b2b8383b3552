import { z } from 'zod';

/** Request/reply patterns of inventory reservations. WARNING: subjects callers depend on. */
export const ReservationPatterns = {
  Create: 'inventory.reservations.create',
  Get: 'inventory.reservations.get',
  List: 'inventory.reservations.list',
  Extend: 'inventory.reservations.extend',
  Release: 'inventory.reservations.release',
} as const;

/**
 * A reservation's status. `pending`: the numbers are held until `expires_at`; `expired`: the hold
 * ran out (read as expired from `expires_at` on, even before the sweeper records it); `released`:
 * given up early. WARNING: persisted and public.
 */
export const ReservationStatus = { Pending: 'pending', Expired: 'expired', Released: 'released' } as const;
export type ReservationStatus = (typeof ReservationStatus)[keyof typeof ReservationStatus];
export const RESERVATION_STATUSES = Object.values(ReservationStatus) as [ReservationStatus, ...ReservationStatus[]];

/** Per-number status inside a reservation. */
export const ReservedNumberStatus = { Reserved: 'reserved', Expired: 'expired', Released: 'released' } as const;
export type ReservedNumberStatus = (typeof ReservedNumberStatus)[keyof typeof ReservedNumberStatus];

export const E164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as +15125550100');

/** Public body of `POST /v1/number-reservations`. */
export const CreateReservationBodySchema = z.strictObject({
  phone_numbers: z.array(E164Schema).min(1).max(100).describe('1 to 100 numbers, all reserved or none.'),
  customer_reference: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('Your own reference, shown back on the reservation.'),
});
export type CreateReservationBody = z.infer<typeof CreateReservationBodySchema>;

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };

export const CreateReservationRequestSchema = z.object({
  ...callerShape,
  phone_numbers: CreateReservationBodySchema.shape.phone_numbers,
  customer_reference: z.string().max(120).optional(),
});
export type CreateReservationRequest = z.infer<typeof CreateReservationRequestSchema>;

/** get, extend and release: one reservation of the acting account. */
export const ReservationRefRequestSchema = z.object({ ...callerShape, reservation_id: z.string().min(1).max(100) });
export type ReservationRefRequest = z.infer<typeof ReservationRefRequestSchema>;

/** Public query of `GET /v1/number-reservations`. */
export const ListReservationsQuerySchema = z.strictObject({
  status: z.enum(RESERVATION_STATUSES).optional().describe('Only reservations in this status.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(500).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListReservationsQuery = z.infer<typeof ListReservationsQuerySchema>;

export const ListReservationsRequestSchema = z.object({ ...callerShape, ...ListReservationsQuerySchema.shape });
export type ListReservationsRequest = z.infer<typeof ListReservationsRequestSchema>;

export const ReservationSchema = z.object({
  id: z.string(),
  record_type: z.literal('number_reservation'),
  account_id: z.string(),
  status: z.enum(RESERVATION_STATUSES),
  phone_numbers: z.array(z.object({ phone_number: z.string(), status: z.enum(['reserved', 'expired', 'released']) })),
  customer_reference: z.string().nullable(),
  expires_at: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Reservation = z.infer<typeof ReservationSchema>;

export const ReservationListSchema = z.object({
  data: z.array(ReservationSchema),
  meta: z.object({ total: z.number().int(), next_cursor: z.string().nullable() }),
});
export type ReservationList = z.infer<typeof ReservationListSchema>;
