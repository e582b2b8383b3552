import { Module } from '@nestjs/common';
import { WalletsModule } from '../wallets/wallets.module';
import { PartnerStatementService } from './partner-statement.service';
import { ResaleHandler } from './resale.handler';
import { TransfersService } from './transfers.service';
import { UsageBillingModule } from '../usage-billing/usage-billing.module';

/** A partner's resale money beyond the charges themselves: transfers to its tenants and its statement per tenant. */
@Module({
  imports: [WalletsModule, UsageBillingModule],
  controllers: [ResaleHandler],
  providers: [TransfersService, PartnerStatementService],
})
export class ResaleModule {}
