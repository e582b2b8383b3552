import { z } from 'zod';

const base = {
  reservation_id: z.string(),
  account_id: z.string(),
  phone_numbers: z.array(z.string()).min(1),
};
const at = z.iso.datetime({ offset: true });

export const ReservationCreatedV1 = z.object({
  ...base,
  customer_reference: z.string().nullable(),
  expires_at: at,
  created_at: at,
});
export type ReservationCreatedV1 = z.infer<typeof ReservationCreatedV1>;

export const ReservationExtendedV1 = z.object({ ...base, expires_at: at, extended_at: at });
export type ReservationExtendedV1 = z.infer<typeof ReservationExtendedV1>;

export const ReservationExpiredV1 = z.object({ ...base, expired_at: at });
export type ReservationExpiredV1 = z.infer<typeof ReservationExpiredV1>;

export const ReservationReleasedV1 = z.object({ ...base, released_at: at });
export type ReservationReleasedV1 = z.infer<typeof ReservationReleasedV1>;
