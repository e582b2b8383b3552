import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  CreateNumberOrderBody,
  CreateNumberOrderBodySchema,
  ListNumberOrdersQuery,
  ListNumberOrdersQuerySchema,
  NumberOrder,
  NumberOrderList,
  NumberOrderListSchema,
  NumberOrderSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { publicListSchema } from '../http/cursor';
import { routeMoved } from '../http/moved-route';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { NumberOrdersService } from './number-orders.service';

@ApiTags('Number orders')
@ApiBearerAuth()
@Controller({ version: '1' })
export class NumberOrdersController {
  constructor(private readonly orders: NumberOrdersService) {}

  @Post('number-orders')
  @Idempotent({ required: true })
  @ApiOperation({
    summary: 'Buy numbers: setup fee plus the first 30 days, debited now; each number activates asynchronously',
    description:
      'Idempotency-Key is required and kept with the order: a retry never charges twice. Numbers appear at once as pending and turn active, or purchase_failed with a full refund. ' +
      '402 balance_insufficient (after auto-recharge) and 409 number_unavailable leave nothing ordered, held or charged.',
  })
  @ApiZodBody(CreateNumberOrderBodySchema)
  @ApiZodResponse(201, NumberOrderSchema, 'The order with its numbers (status pending)')
  @ApiProblems(
    ErrorCode.NumberUnavailable,
    ErrorCode.BalanceInsufficient,
    ErrorCode.PriceNotFound,
    ErrorCode.ReservationNotFound,
    ErrorCode.OrderInProgress,
    ErrorCode.CarrierUnavailable,
  )
  create(
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string,
    @Body(new ZodValidationPipe(CreateNumberOrderBodySchema)) body: CreateNumberOrderBody,
  ): Promise<NumberOrder> {
    return this.orders.create(actor, body, key);
  }

  /** Where orders were created before creation moved to their collection (CHANGELOG.md). */
  @Post('numbers/order')
  @ApiExcludeEndpoint()
  createMoved(): never {
    routeMoved(
      'POST /v1/number-orders',
      'Orders are created in their collection, where they are read (GET /v1/number-orders/{id}).',
    );
  }

  @Get('number-orders')
  @ApiOperation({ summary: "The acting account's number orders, oldest first" })
  @ApiZodQuery(ListNumberOrdersQuerySchema)
  @ApiZodResponse(200, publicListSchema(NumberOrderListSchema), 'One page of orders')
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ListNumberOrdersQuerySchema, 'query')) query: ListNumberOrdersQuery,
  ): Promise<NumberOrderList> {
    return this.orders.list(actor, query);
  }

  @Get('number-orders/:id')
  @ApiOperation({ summary: 'One number order with the status of each of its numbers' })
  @ApiZodResponse(200, NumberOrderSchema, 'The order')
  @ApiProblems(ErrorCode.NumberOrderNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<NumberOrder> {
    return this.orders.get(actor, id);
  }
}
