import { Module } from '@nestjs/common';
import { NumberBillingController, UpcomingChargesController } from './number-billing.controller';
import { NumberBillingService } from './number-billing.service';

/** Renew now, cancel and resume renewal, a number's billing and upcoming charges: thin HTTP over ordering. */
@Module({
  controllers: [NumberBillingController, UpcomingChargesController],
  providers: [NumberBillingService],
  exports: [NumberBillingService],
})
export class NumberBillingModule {}
