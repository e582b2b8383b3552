import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelChangeRequestSchema,
  parseOrThrow,
  PriceList,
  PriceListChange,
  PriceListPatterns,
  ScheduleChangeRequestSchema,
} from '@did/contracts';
import { PriceListChangesService } from './price-list-changes.service';

/** The operator's price list (the gateway allows these to the operator key only). */
@Controller()
export class PriceListHandler {
  constructor(private readonly changes: PriceListChangesService) {}

  @MessagePattern(PriceListPatterns.List)
  list(): Promise<PriceList> {
    return this.changes.list();
  }

  @MessagePattern(PriceListPatterns.ScheduleChange)
  schedule(@Payload() data: unknown): Promise<PriceListChange> {
    return this.changes.schedule(parseOrThrow(ScheduleChangeRequestSchema, data));
  }

  @MessagePattern(PriceListPatterns.CancelChange)
  cancel(@Payload() data: unknown): Promise<PriceListChange> {
    return this.changes.cancel(parseOrThrow(CancelChangeRequestSchema, data));
  }
}
