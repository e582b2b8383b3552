import { Injectable } from '@nestjs/common';
import {
  CreateReservationBody,
  ListReservationsQuery,
  Reservation,
  ReservationList,
  ReservationListSchema,
  ReservationPatterns,
  ReservationSchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/** Number reservations, held by inventory; every call is scoped to the acting account. */
@Injectable()
export class NumberReservationsService {
  constructor(private readonly rpc: RpcClient) {}

  create(actor: Actor, body: CreateReservationBody): Promise<Reservation> {
    return this.rpc.request(ReservationPatterns.Create, { ...body, ...callerOf(actor) }, { reply: ReservationSchema });
  }

  get(actor: Actor, id: string): Promise<Reservation> {
    return this.rpc.request(
      ReservationPatterns.Get,
      { reservation_id: id, ...callerOf(actor) },
      { reply: ReservationSchema },
    );
  }

  list(actor: Actor, query: ListReservationsQuery): Promise<ReservationList> {
    return this.rpc.request(
      ReservationPatterns.List,
      { ...query, ...callerOf(actor) },
      { reply: ReservationListSchema },
    );
  }

  extend(actor: Actor, id: string): Promise<Reservation> {
    return this.rpc.request(
      ReservationPatterns.Extend,
      { reservation_id: id, ...callerOf(actor) },
      { reply: ReservationSchema },
    );
  }

  release(actor: Actor, id: string): Promise<Reservation> {
    return this.rpc.request(
      ReservationPatterns.Release,
      { reservation_id: id, ...callerOf(actor) },
      { reply: ReservationSchema },
    );
  }
}
