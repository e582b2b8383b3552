import { Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  NumberBilling,
  NumberBillingSchema,
  NumberRefSchema,
  UpcomingCharges,
  UpcomingChargesSchema,
  UpcomingQuery,
  UpcomingQuerySchema,
} from '@did/contracts';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodQuery, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { NumberBillingService } from './number-billing.service';

const numberRef = () => new ZodValidationPipe(NumberRefSchema, 'path.id');

@ApiTags('Number billing')
@ApiBearerAuth()
@Controller({ path: 'numbers', version: '1' })
export class NumberBillingController {
  constructor(private readonly billing: NumberBillingService) {}

  @Get(':id/billing')
  @ApiOperation({
    summary:
      "A number's billing: prices, paid_until (= next billing date), auto-renew, cancellation, past-due retry and release dates",
  })
  @ApiZodResponse(200, NumberBillingSchema, 'The billing')
  @ApiProblems(ErrorCode.NumberNotFound)
  get(@CurrentActor() actor: Actor, @Param('id', numberRef()) id: string): Promise<NumberBilling> {
    return this.billing.get(actor, id);
  }

  @Post(':id/actions/renew')
  @HttpCode(200)
  @Idempotent({ required: true })
  @ApiOperation({
    summary: 'Pay the next 30-day period now (for auto-renew off, early, or to settle a past-due number)',
    description:
      'One period ahead at most: 409 renewal_not_due while the period after the current one is already paid. 402 balance_insufficient (after auto-recharge) charges nothing. ' +
      'Idempotency-Key is required and kept with the period: a retry answers with the same billing.',
  })
  @ApiZodResponse(200, NumberBillingSchema, 'The billing with its new paid_until')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.RenewalNotDue, ErrorCode.BalanceInsufficient)
  renew(
    @CurrentActor() actor: Actor,
    @Param('id', numberRef()) id: string,
    @Headers('idempotency-key') key: string,
  ): Promise<NumberBilling> {
    return this.billing.renew(actor, id, key);
  }

  @Post(':id/actions/cancel-renewal')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Stop renewing: the number stays active until paid_until, then is released with no further charge (409 renewal_already_cancelled)',
  })
  @ApiZodResponse(200, NumberBillingSchema, 'The billing, cancel_at_period_end true')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.RenewalAlreadyCancelled, ErrorCode.MinimumCommitmentActive)
  cancelRenewal(@CurrentActor() actor: Actor, @Param('id', numberRef()) id: string): Promise<NumberBilling> {
    return this.billing.cancelRenewal(actor, id);
  }

  @Post(':id/actions/resume-renewal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo a cancellation before paid_until (409 renewal_not_cancelled)' })
  @ApiZodResponse(200, NumberBillingSchema, 'The billing, cancel_at_period_end false')
  @ApiProblems(ErrorCode.NumberNotFound, ErrorCode.RenewalNotCancelled)
  resumeRenewal(@CurrentActor() actor: Actor, @Param('id', numberRef()) id: string): Promise<NumberBilling> {
    return this.billing.resumeRenewal(actor, id);
  }
}

@ApiTags('Number billing')
@ApiBearerAuth()
@Controller({ path: 'billing', version: '1' })
export class UpcomingChargesController {
  constructor(private readonly billing: NumberBillingService) {}

  @Get('upcoming')
  @ApiOperation({
    summary:
      "What the acting account's wallet will be charged in the next `days` days (each 30-day cycle of each number), and whether the balance covers it",
  })
  @ApiZodQuery(UpcomingQuerySchema)
  @ApiZodResponse(200, UpcomingChargesSchema, 'The charges in due order')
  upcoming(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(UpcomingQuerySchema, 'query')) query: UpcomingQuery,
  ): Promise<UpcomingCharges> {
    return this.billing.upcoming(actor, query);
  }
}
