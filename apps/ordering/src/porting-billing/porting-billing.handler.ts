import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ChargePortingFeesRequestSchema,
  parseOrThrow,
  PortingBillingPatterns,
  PortingFeesReply,
  RefundPortingFeesRequestSchema,
  StartPortedBillingReply,
  StartPortedBillingRequestSchema,
} from '@did/contracts';
import { PortedBillingService } from './ported-billing.service';
import { PortingFeesService } from './porting-fees.service';

@Controller()
export class PortingBillingHandler {
  constructor(
    private readonly fees: PortingFeesService,
    private readonly billing: PortedBillingService,
  ) {}

  @MessagePattern(PortingBillingPatterns.ChargeFees)
  charge(@Payload() data: unknown): Promise<PortingFeesReply> {
    return this.fees.charge(parseOrThrow(ChargePortingFeesRequestSchema, data));
  }

  @MessagePattern(PortingBillingPatterns.RefundFees)
  refund(@Payload() data: unknown): Promise<PortingFeesReply> {
    return this.fees.refund(parseOrThrow(RefundPortingFeesRequestSchema, data));
  }

  @MessagePattern(PortingBillingPatterns.StartBilling)
  start(@Payload() data: unknown): Promise<StartPortedBillingReply> {
    return this.billing.start(parseOrThrow(StartPortedBillingRequestSchema, data));
  }
}
