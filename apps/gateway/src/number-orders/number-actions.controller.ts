import { Controller, Delete, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  NumberLookup,
  NumberLookupQuery,
  NumberLookupQuerySchema,
  NumberLookupSchema,
  NumberRefSchema,
  RegistryNumber,
  RegistryNumberSchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { NumberOrdersService } from './number-orders.service';

@ApiTags('Phone numbers')
@ApiBearerAuth()
@Controller({ path: 'numbers', version: '1' })
export class NumberActionsController {
  constructor(private readonly orders: NumberOrdersService) {}

  @Get('lookup')
  @ApiOperation({
    summary: 'Look a number up at the carrier (carrier name and line type, or caller name); each answer is charged its lookup fee',
    description: '400 for a number that is not valid (nothing charged); 402 balance_insufficient (no result); 503 carrier_unavailable (nothing charged).',
  })
  @ApiZodQuery(NumberLookupQuerySchema)
  @ApiZodResponse(200, NumberLookupSchema, 'The lookup and the fee charged')
  lookup(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(NumberLookupQuerySchema, 'query')) query: NumberLookupQuery): Promise<NumberLookup> {
    return this.orders.lookup(actor, query);
  }

  @Delete(':id')
  @ApiOperation({
    summary: 'Release a number now: disconnected upstream at once, no refund of the paid period',
    description: 'The number stays queryable with status released. 409 minimum_commitment_active inside a minimum commitment (the message says until when); 409 number_not_yet_active while pending.',
  })
  @ApiZodResponse(200, RegistryNumberSchema, 'The released number')
  release(@CurrentActor() actor: Actor, @Param('id', new ZodValidationPipe(NumberRefSchema, 'path.id')) id: string): Promise<RegistryNumber> {
    return this.orders.release(actor, id);
  }
}
