import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { PublicList, publicListSchema } from '../http/cursor';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { BillingService } from './billing.service';
import {
  ErrorCode,
  CreatePaymentMethodBody,
  CreatePaymentMethodBodySchema,
  PaymentMethod,
  PaymentMethodListSchema,
  PaymentMethodSchema,
} from '@did/contracts';

@ApiTags('Payment methods')
@ApiBearerAuth()
@Controller({ path: 'payment-methods', version: '1' })
export class PaymentMethodsController {
  constructor(private readonly billing: BillingService) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Save a card (sandbox processor); only brand, last4 and expiry are kept',
    description: '400 names card_number (rule luhn) or exp_year (rule not_expired).',
  })
  @ApiZodBody(CreatePaymentMethodBodySchema)
  @ApiZodResponse(201, PaymentMethodSchema, 'The saved card')
  @ApiProblems(ErrorCode.PaymentDeclined, ErrorCode.PaymentMethodExpired)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(CreatePaymentMethodBodySchema)) body: CreatePaymentMethodBody,
  ): Promise<PaymentMethod> {
    return this.billing.addPaymentMethod(actor, body);
  }

  @Get()
  @ApiOperation({ summary: "The acting account's saved cards, oldest first" })
  @ApiZodResponse(200, publicListSchema(PaymentMethodListSchema), 'The cards')
  list(@CurrentActor() actor: Actor): Promise<PublicList<PaymentMethod>> {
    return this.billing.paymentMethods(actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One saved card' })
  @ApiZodResponse(200, PaymentMethodSchema, 'The card')
  @ApiProblems(ErrorCode.PaymentMethodNotFound)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PaymentMethod> {
    return this.billing.paymentMethod(actor, id);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Remove a card (409 payment_method_in_use while auto-recharge charges it)' })
  @ApiZodResponse(200, PaymentMethodSchema, 'The removed card')
  @ApiProblems(ErrorCode.PaymentMethodNotFound, ErrorCode.PaymentMethodInUse)
  delete(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PaymentMethod> {
    return this.billing.deletePaymentMethod(actor, id);
  }
}
