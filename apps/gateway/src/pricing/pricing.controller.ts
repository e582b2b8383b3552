import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiZodBody, ApiZodResponse } from '../http/openapi.decorators';
import { ApiProblems } from '../http/openapi-problems';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import {
  ErrorCode,
  MarkupSet,
  MarkupSetSchema,
  Quote,
  QuoteBody,
  QuoteBodySchema,
  QuoteSchema,
  SetMarkupsBody,
  SetMarkupsBodySchema,
} from '@did/contracts';
import { PricingService } from './pricing.service';
import { PublicPricingList, PublicPricingListSchema } from './public-pricing';

@ApiTags('Pricing')
@ApiBearerAuth()
@Controller({ version: '1' })
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @Get('pricing')
  @ApiOperation({
    summary: "The acting account's own prices per country and number type (a tenant's include its partner's markup)",
  })
  @ApiZodResponse(200, PublicPricingListSchema, 'The prices, integer minor units')
  list(@CurrentActor() actor: Actor): Promise<PublicPricingList> {
    return this.pricing.pricing(actor);
  }

  @Post('quotes')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What an order would cost now (NRC, first 30-day MRC, total), without ordering',
    description: 'Give phone_numbers or quantity. Search shows the same unit prices.',
  })
  @ApiZodBody(QuoteBodySchema)
  @ApiZodResponse(200, QuoteSchema, 'The quote')
  @ApiProblems(ErrorCode.PriceNotFound)
  quote(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(QuoteBodySchema)) body: QuoteBody): Promise<Quote> {
    return this.pricing.quote(actor, body);
  }

  @Get('pricing/markups')
  @ApiOperation({ summary: "A partner's markups for its tenants (403 partner_only for a tenant)" })
  @ApiZodResponse(200, MarkupSetSchema, 'The markups')
  @ApiProblems(ErrorCode.PartnerOnly)
  markups(@CurrentActor() actor: Actor): Promise<MarkupSet> {
    return this.pricing.markups(actor);
  }

  @Put('pricing/markups')
  @ApiOperation({
    summary:
      "Replace a partner's markups (percent in basis points and/or fixed minor units per item; the most specific scope applies)",
  })
  @ApiZodBody(SetMarkupsBodySchema)
  @ApiZodResponse(200, MarkupSetSchema, 'The new markups')
  @ApiProblems(ErrorCode.PartnerOnly)
  setMarkups(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(SetMarkupsBodySchema)) body: SetMarkupsBody,
  ): Promise<MarkupSet> {
    return this.pricing.setMarkups(actor, body);
  }
}
