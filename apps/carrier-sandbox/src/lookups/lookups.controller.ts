import { Controller, Get, Param, Query } from '@nestjs/common';
import { CarrierE164, type CarrierLookup, CarrierLookupQuery } from '@did/contracts';
import { z } from 'zod';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { LookupsService } from './lookups.service';

@Controller('v1/lookups')
export class LookupsController {
  constructor(private readonly lookups: LookupsService) {}

  /** `GET /v1/lookups/+15125550100?cnam=true` (the `+` may be sent as `%2B`). */
  @Get(':phone_number')
  lookup(
    @Param('phone_number', new ZodValidationPipe(CarrierE164, 'phone_number')) phoneNumber: string,
    @Query(new ZodValidationPipe(CarrierLookupQuery, 'query')) query: z.infer<typeof CarrierLookupQuery>,
  ): CarrierLookup {
    return this.lookups.lookup(phoneNumber, query.cnam);
  }
}
