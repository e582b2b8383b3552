import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingPatterns, NumberLookup, NumberLookupRequestSchema, parseOrThrow } from '@did/contracts';
import { LookupsService } from './lookups.service';

@Controller()
export class LookupsHandler {
  constructor(private readonly lookups: LookupsService) {}

  @MessagePattern(BillingPatterns.Lookup)
  lookup(@Payload() data: unknown): Promise<NumberLookup> {
    return this.lookups.lookup(parseOrThrow(NumberLookupRequestSchema, data));
  }
}
