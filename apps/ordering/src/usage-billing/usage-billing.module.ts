import { Module } from '@nestjs/common';
import { WalletsModule } from '../wallets/wallets.module';
import { UsageBillingService } from './usage-billing.service';
import { UsageChargesConsumer } from './usage-charges.consumer';

/** Usage in arrears: rated batches charged once, debts recorded and settled by the next credit. */
@Module({
  imports: [WalletsModule],
  providers: [UsageBillingService, UsageChargesConsumer],
  exports: [UsageBillingService],
})
export class UsageBillingModule {}
