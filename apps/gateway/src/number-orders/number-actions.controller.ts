import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DomainError,
  ErrorCode,
  ErrorType,
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
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { NumberOrdersService } from './number-orders.service';

@ApiTags('Phone numbers')
@ApiBearerAuth()
@Controller({ path: 'numbers', version: '1' })
export class NumberActionsController {
  constructor(private readonly orders: NumberOrdersService) {}

  @Post('lookups')
  @HttpCode(200)
  @Idempotent({ required: true })
  @ApiOperation({
    summary:
      'Look a number up at the carrier (carrier name and line type, or caller name); each answer is charged its lookup fee',
    description:
      'A charged action, so a POST with an Idempotency-Key: a retry with the same key returns the same answer and charges nothing more. ' +
      '400 for a number that is not valid (nothing charged); 402 balance_insufficient (no result); 503 carrier_unavailable (nothing charged).',
  })
  @ApiZodBody(NumberLookupQuerySchema)
  @ApiZodResponse(200, NumberLookupSchema, 'The lookup and the fee charged')
  lookup(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(NumberLookupQuerySchema)) body: NumberLookupQuery,
    @Headers('idempotency-key') idempotencyKey: string,
  ): Promise<NumberLookup> {
    return this.orders.lookup(actor, body, idempotencyKey);
  }

  /** The route lookups had before they became a charged POST: a clear answer instead of "lookup is not a number id". */
  @Get('lookup')
  @ApiExcludeEndpoint()
  lookupMoved(): never {
    throw new DomainError(
      ErrorType.NotFound,
      ErrorCode.RouteNotFound,
      'Lookups are charged, so they are a POST: send POST /v1/numbers/lookups with an Idempotency-Key and {"phone_number", "type"}.',
    );
  }

  @Delete(':id')
  @ApiOperation({
    summary: 'Release a number now: disconnected upstream at once, no refund of the paid period',
    description:
      'The number stays queryable with status released. 409 minimum_commitment_active inside a minimum commitment (the message says until when); 409 number_not_yet_active while pending.',
  })
  @ApiZodResponse(200, RegistryNumberSchema, 'The released number')
  @ApiProblems(
    ErrorCode.NumberNotFound,
    ErrorCode.NumberAlreadyReleased,
    ErrorCode.NumberNotYetActive,
    ErrorCode.MinimumCommitmentActive,
  )
  release(
    @CurrentActor() actor: Actor,
    @Param('id', new ZodValidationPipe(NumberRefSchema, 'path.id')) id: string,
  ): Promise<RegistryNumber> {
    return this.orders.release(actor, id);
  }
}
