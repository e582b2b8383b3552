import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { WalletsModule } from '../wallets/wallets.module';
import { BillingBatch } from './billing-batch';
import { BillingBatchHandler } from './billing-batch.handler';
import { LowBalanceNotices } from './low-balance-notices';
import { ManualRenewals } from './manual-renewals';
import { NumberBillingHandler } from './number-billing.handler';
import { NumberBillingService } from './number-billing.service';
import { NumberReleasedConsumer } from './number-released.consumer';
import { RenewalBatch } from './renewal-batch';
import { RenewalScheduler } from './renewal-scheduler';
import { RenewalsService } from './renewals.service';
import { UpcomingChargesService } from './upcoming-charges';

/** Billing subscriptions of owned numbers: the renewal job, renew now, cancel and resume renewal, auto-renew, the release check, upcoming charges. */
@Module({
  imports: [WalletsModule, PaymentsModule],
  controllers: [NumberBillingHandler, BillingBatchHandler],
  providers: [
    NumberBillingService,
    BillingBatch,
    ManualRenewals,
    UpcomingChargesService,
    RenewalBatch,
    RenewalsService,
    RenewalScheduler,
    LowBalanceNotices,
    NumberReleasedConsumer,
  ],
  exports: [RenewalsService, NumberBillingService],
})
export class SubscriptionsModule {}
