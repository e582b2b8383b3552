import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BillingPatterns,
  BillingRefRequestSchema,
  NumberBilling,
  parseOrThrow,
  SetAutoRenewRequestSchema,
  UpcomingCharges,
  UpcomingRequestSchema,
} from '@did/contracts';
import { ManualRenewals, RenewRequestSchema } from './manual-renewals';
import { NumberBillingService } from './number-billing.service';
import { UpcomingChargesService } from './upcoming-charges';

@Controller()
export class NumberBillingHandler {
  constructor(
    private readonly billing: NumberBillingService,
    private readonly renewals: ManualRenewals,
    private readonly upcomingCharges: UpcomingChargesService,
  ) {}

  @MessagePattern(BillingPatterns.Get)
  get(@Payload() data: unknown): Promise<NumberBilling> {
    return this.billing.get(parseOrThrow(BillingRefRequestSchema, data));
  }

  @MessagePattern(BillingPatterns.Renew)
  renew(@Payload() data: unknown): Promise<NumberBilling> {
    return this.renewals.renew(parseOrThrow(RenewRequestSchema, data));
  }

  @MessagePattern(BillingPatterns.CancelRenewal)
  cancelRenewal(@Payload() data: unknown): Promise<NumberBilling> {
    return this.billing.cancelRenewal(parseOrThrow(BillingRefRequestSchema, data));
  }

  @MessagePattern(BillingPatterns.ResumeRenewal)
  resumeRenewal(@Payload() data: unknown): Promise<NumberBilling> {
    return this.billing.resumeRenewal(parseOrThrow(BillingRefRequestSchema, data));
  }

  @MessagePattern(BillingPatterns.SetAutoRenew)
  setAutoRenew(@Payload() data: unknown): Promise<NumberBilling> {
    return this.billing.setAutoRenew(parseOrThrow(SetAutoRenewRequestSchema, data));
  }

  @MessagePattern(BillingPatterns.CheckRelease)
  checkRelease(@Payload() data: unknown): Promise<NumberBilling> {
    return this.billing.checkRelease(parseOrThrow(BillingRefRequestSchema, data));
  }

  @MessagePattern(BillingPatterns.Upcoming)
  upcoming(@Payload() data: unknown): Promise<UpcomingCharges> {
    return this.upcomingCharges.upcoming(parseOrThrow(UpcomingRequestSchema, data));
  }
}
