import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetMarkupsRequestSchema,
  GetPricingRequestSchema,
  MarkupSet,
  parseOrThrow,
  PriceTable,
  PriceTableRequestSchema,
  PricingList,
  PricingPatterns,
  Quote,
  QuoteRequestSchema,
  SetMarkupsRequestSchema,
} from '@did/contracts';
import { MarkupsService } from './markups.service';
import { PricingService } from './pricing.service';

@Controller()
export class PricingHandler {
  constructor(
    private readonly pricing: PricingService,
    private readonly markups: MarkupsService,
  ) {}

  @MessagePattern(PricingPatterns.GetPricing)
  get(@Payload() data: unknown): Promise<PricingList> {
    return this.pricing.pricing(parseOrThrow(GetPricingRequestSchema, data).caller);
  }

  @MessagePattern(PricingPatterns.PriceTable)
  table(@Payload() data: unknown): Promise<PriceTable> {
    return this.pricing.priceTable(parseOrThrow(PriceTableRequestSchema, data));
  }

  @MessagePattern(PricingPatterns.Quote)
  quote(@Payload() data: unknown): Promise<Quote> {
    return this.pricing.quote(parseOrThrow(QuoteRequestSchema, data));
  }

  @MessagePattern(PricingPatterns.GetMarkups)
  getMarkups(@Payload() data: unknown): Promise<MarkupSet> {
    return this.markups.get(parseOrThrow(GetMarkupsRequestSchema, data));
  }

  @MessagePattern(PricingPatterns.SetMarkups)
  setMarkups(@Payload() data: unknown): Promise<MarkupSet> {
    return this.markups.set(parseOrThrow(SetMarkupsRequestSchema, data));
  }
}
