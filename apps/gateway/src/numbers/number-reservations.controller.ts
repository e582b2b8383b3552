import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  ErrorCode,
  CreateReservationBody,
  CreateReservationBodySchema,
  ListReservationsQuery,
  ListReservationsQuerySchema,
  Reservation,
  ReservationList,
  ReservationListSchema,
  ReservationSchema,
} from '@did/contracts';
import { NumberReservationsService } from './number-reservations.service';

@ApiTags('Number reservations')
@ApiBearerAuth()
@Controller({ path: 'number-reservations', version: '1' })
export class NumberReservationsController {
  constructor(private readonly reservations: NumberReservationsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Hold 1 to 100 numbers, all or none, until expires_at',
    description:
      '409 number_unavailable names numbers held by others, sold or unknown (nothing is reserved); 422 reservation_limit_exceeded when the account would hold too many.',
  })
  @ApiZodBody(CreateReservationBodySchema)
  @ApiZodResponse(201, ReservationSchema, 'The reservation')
  @ApiProblems(ErrorCode.NumberUnavailable, ErrorCode.ReservationLimitExceeded)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreateReservationBodySchema)) body: CreateReservationBody,
  ): Promise<Reservation> {
    return this.reservations.create(actor, body);
  }

  @Get()
  @ApiOperation({ summary: "List the acting account's reservations, oldest first" })
  @ApiZodQuery(ListReservationsQuerySchema)
  @ApiZodResponse(200, publicListSchema(ReservationListSchema), 'One page of reservations')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListReservationsQuerySchema, 'query')) query: ListReservationsQuery,
  ): Promise<ReservationList> {
    return this.reservations.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one reservation of the acting account' })
  @ApiZodResponse(200, ReservationSchema, 'The reservation')
  @ApiProblems(ErrorCode.ReservationNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Reservation> {
    return this.reservations.get(actor, id);
  }

  @Post(':id/actions/extend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restart the hold from now (409 reservation_expired once it has run out)' })
  @ApiZodResponse(200, ReservationSchema, 'The reservation with its new expires_at')
  @ApiProblems(ErrorCode.ReservationNotFound, ErrorCode.ReservationExpired, ErrorCode.ReservationReleased)
  extend(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Reservation> {
    return this.reservations.extend(actor, id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Release the numbers now' })
  @ApiZodResponse(200, ReservationSchema, 'The released reservation')
  @ApiProblems(ErrorCode.ReservationNotFound, ErrorCode.ReservationExpired, ErrorCode.ReservationReleased)
  release(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Reservation> {
    return this.reservations.release(actor, id);
  }
}
