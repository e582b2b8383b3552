import { Body, Controller, Get, Headers, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { BillingService } from './billing.service';
import {
  ErrorCode,
  AutoRechargeBody,
  AutoRechargeBodySchema,
  Balance,
  BalanceSchema,
  TopUp,
  TopUpBody,
  TopUpBodySchema,
  TopUpSchema,
} from '@did/contracts';

@ApiTags('Balance')
@ApiBearerAuth()
@Controller({ path: 'balance', version: '1' })
export class BalanceController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @ApiOperation({
    summary: "The acting account's prepaid balance (integer minor units), currency and auto-recharge settings",
  })
  @ApiZodResponse(200, BalanceSchema, 'The balance')
  @ApiProblems(ErrorCode.WalletNotFound)
  balance(@CurrentActor() actor: Actor): Promise<Balance> {
    return this.billing.balance(actor);
  }

  @Post('top-ups')
  @Idempotent({ required: true })
  @ApiOperation({
    summary: 'Charge a saved card and credit the balance',
    description:
      'Idempotency-Key is required and is kept with the payment: a retry with the same key never charges twice. 402 payment_declined (nothing credited); ' +
      '504 payment_processor_timeout when the processor does not answer (nothing credited yet: retry with the same key to settle it exactly once).',
  })
  @ApiZodBody(TopUpBodySchema)
  @ApiZodResponse(201, TopUpSchema, 'The settled top-up and the balance right after it')
  @ApiProblems(
    ErrorCode.PaymentMethodNotFound,
    ErrorCode.PaymentDeclined,
    ErrorCode.PaymentMethodExpired,
    ErrorCode.PaymentProcessorTimeout,
  )
  topUp(
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string,
    @Body(new ZodValidationPipe(TopUpBodySchema)) body: TopUpBody,
  ): Promise<TopUp> {
    return this.billing.topUp(actor, body, key);
  }

  @Put('auto-recharge')
  @ApiOperation({
    summary: 'Set auto-recharge: charge the saved card when a charge would leave the balance under threshold_cents',
  })
  @ApiZodBody(AutoRechargeBodySchema)
  @ApiZodResponse(200, BalanceSchema, 'The balance with its new settings')
  @ApiProblems(ErrorCode.PaymentMethodNotFound)
  setAutoRecharge(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(AutoRechargeBodySchema)) body: AutoRechargeBody,
  ): Promise<Balance> {
    return this.billing.setAutoRecharge(actor, body);
  }
}
