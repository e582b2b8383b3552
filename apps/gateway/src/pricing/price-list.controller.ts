import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  PriceList,
  PriceListChange,
  PriceListChangeSchema,
  PriceListSchema,
  ScheduleChangeBody,
  ScheduleChangeBodySchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { PriceListService } from './price-list.service';

@ApiTags('Operator: price list')
@ApiBearerAuth()
@Controller({ path: 'operator/price-list', version: '1' })
export class PriceListController {
  constructor(private readonly priceList: PriceListService) {}

  @Get()
  @ApiOperation({
    summary: 'The platform price list and its scheduled changes (operator key only; 403 operator_only otherwise)',
  })
  @ApiZodResponse(200, PriceListSchema, 'Every row in force, and the changes still to come')
  @ApiProblems(ErrorCode.OperatorOnly)
  list(@CurrentActor() actor: Actor): Promise<PriceList> {
    return this.priceList.list(actor);
  }

  @Post('changes')
  @ApiOperation({
    summary: 'Change a row of the price list from effective_at (at once when omitted or past)',
    description:
      'Numbers already sold keep the prices and usage rates they were bought at; searches, quotes and orders use the new row from effective_at.',
  })
  @ApiZodBody(ScheduleChangeBodySchema)
  @ApiZodResponse(201, PriceListChangeSchema, 'The change, scheduled or applied')
  @ApiProblems(ErrorCode.OperatorOnly)
  schedule(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(ScheduleChangeBodySchema)) body: ScheduleChangeBody,
  ): Promise<PriceListChange> {
    return this.priceList.schedule(actor, body);
  }

  @Delete('changes/:id')
  @ApiOperation({ summary: 'Cancel a change not yet applied (409 price_change_not_scheduled otherwise)' })
  @ApiZodResponse(200, PriceListChangeSchema, 'The cancelled change')
  @ApiProblems(ErrorCode.OperatorOnly, ErrorCode.PriceChangeNotFound, ErrorCode.PriceChangeNotScheduled)
  cancel(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PriceListChange> {
    return this.priceList.cancel(actor, id);
  }
}
