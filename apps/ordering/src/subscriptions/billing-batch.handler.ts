import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BillingMany, BillingManyRequestSchema, BillingPatterns, parseOrThrow } from '@did/contracts';
import { BillingBatch } from './billing-batch';

@Controller()
export class BillingBatchHandler {
  constructor(private readonly batch: BillingBatch) {}

  @MessagePattern(BillingPatterns.GetMany)
  many(@Payload() data: unknown): Promise<BillingMany> {
    return this.batch.many(parseOrThrow(BillingManyRequestSchema, data));
  }
}
