import { Module } from '@nestjs/common';
import { WalletsModule } from '../wallets/wallets.module';
import { MarkupsService } from './markups.service';
import { PricingHandler } from './pricing.handler';
import { PricingService } from './pricing.service';
import { PriceListChangesService } from './price-list-changes.service';
import { PriceListHandler } from './price-list.handler';

/** The platform price list (and the operator's scheduled changes of it), partner markups and quotes. PricingService is the one place a buyer price is computed. */
@Module({
  imports: [WalletsModule],
  controllers: [PricingHandler, PriceListHandler],
  providers: [PricingService, MarkupsService, PriceListChangesService],
  exports: [PricingService],
})
export class PricingModule {}
