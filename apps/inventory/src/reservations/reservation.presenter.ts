import { Reservation as ReservationView, ReservationStatus, ReservedNumberStatus } from '@did/contracts';
import { Reservation } from './entities/reservation.entity';

/** The status a reservation really has at `now`: a pending hold past expires_at is expired, sweeper or not. */
export function effectiveStatus(reservation: Reservation, now: Date): ReservationStatus {
  if (reservation.status === ReservationStatus.Pending && reservation.expiresAt <= now)
    return ReservationStatus.Expired;
  return reservation.status;
}

const NUMBER_STATUS: Record<ReservationStatus, ReservedNumberStatus> = {
  pending: ReservedNumberStatus.Reserved,
  expired: ReservedNumberStatus.Expired,
  released: ReservedNumberStatus.Released,
};

export function presentReservation(reservation: Reservation, now: Date): ReservationView {
  const status = effectiveStatus(reservation, now);
  return {
    id: reservation.id,
    record_type: 'number_reservation',
    account_id: reservation.accountId,
    status,
    phone_numbers: reservation.phoneNumbers.map((phone_number) => ({ phone_number, status: NUMBER_STATUS[status] })),
    customer_reference: reservation.customerReference,
    expires_at: reservation.expiresAt.toISOString(),
    created_at: reservation.createdAt.toISOString(),
    updated_at: reservation.updatedAt.toISOString(),
  };
}
