import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { PricingModule } from '../pricing/pricing.module';
import { WalletsModule } from '../wallets/wallets.module';
import { PortedBillingService } from './ported-billing.service';
import { PortingBillingHandler } from './porting-billing.handler';
import { PortingFeesService } from './porting-fees.service';
import { UsageRatesSnapshot } from '../subscriptions/usage-rates-snapshot';

/** Money of port-ins: the porting fee at submission and its refunds, and billing of numbers once ported. */
@Module({
  imports: [WalletsModule, PaymentsModule, PricingModule],
  controllers: [PortingBillingHandler],
  providers: [PortingFeesService, PortedBillingService, UsageRatesSnapshot],
})
export class PortingBillingModule {}
