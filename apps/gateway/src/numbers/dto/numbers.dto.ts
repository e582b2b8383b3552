import {
  AvailableNumbersQuerySchema,
  AvailableSummaryQuerySchema,
  AvailableSummaryReplySchema,
  CreateReservationBodySchema,
  ListReservationsQuerySchema,
  ReservationListSchema,
  ReservationSchema,
  SearchAvailableReplySchema,
} from '@did/contracts';

/*
 * The public shapes of number search and reservations are the inventory contracts themselves, so
 * the gateway validates exactly what inventory validates. Re-exported under `...Schema` names for the
 * controllers (swc decorator metadata breaks Swagger when a type and a value share a name).
 */
export {
  AvailableNumbersQuerySchema,
  AvailableSummaryQuerySchema,
  AvailableSummaryReplySchema,
  CreateReservationBodySchema,
  ListReservationsQuerySchema,
  ReservationListSchema,
  ReservationSchema,
  SearchAvailableReplySchema,
};
export type { AvailableNumbersQuery, AvailableSummaryQuery, AvailableSummaryReply, CreateReservationBody, ListReservationsQuery, Reservation, ReservationList, SearchAvailableReply } from '@did/contracts';
