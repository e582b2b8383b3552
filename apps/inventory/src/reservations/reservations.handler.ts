import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateReservationRequestSchema,
  ListReservationsRequestSchema,
  parseOrThrow,
  Reservation,
  ReservationList,
  ReservationPatterns,
  ReservationRefRequestSchema,
} from '@did/contracts';
import { ReservationsService } from './reservations.service';

@Controller()
export class ReservationsHandler {
  constructor(private readonly reservations: ReservationsService) {}

  @MessagePattern(ReservationPatterns.Create)
  create(@Payload() data: unknown): Promise<Reservation> {
    return this.reservations.create(parseOrThrow(CreateReservationRequestSchema, data, 'body'));
  }

  @MessagePattern(ReservationPatterns.Get)
  get(@Payload() data: unknown): Promise<Reservation> {
    return this.reservations.get(parseOrThrow(ReservationRefRequestSchema, data));
  }

  @MessagePattern(ReservationPatterns.List)
  list(@Payload() data: unknown): Promise<ReservationList> {
    return this.reservations.list(parseOrThrow(ListReservationsRequestSchema, data, 'query'));
  }

  @MessagePattern(ReservationPatterns.Extend)
  extend(@Payload() data: unknown): Promise<Reservation> {
    return this.reservations.extend(parseOrThrow(ReservationRefRequestSchema, data));
  }

  @MessagePattern(ReservationPatterns.Release)
  release(@Payload() data: unknown): Promise<Reservation> {
    return this.reservations.release(parseOrThrow(ReservationRefRequestSchema, data));
  }
}
