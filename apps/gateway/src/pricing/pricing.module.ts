import { Module } from '@nestjs/common';
import { PricingController } from './pricing.controller';
import { PricingService } from './pricing.service';
import { PriceListController } from './price-list.controller';
import { PriceListService } from './price-list.service';

/** Prices, partner markups, quotes and the operator's price list: thin HTTP over the ordering service. */
@Module({ controllers: [PricingController, PriceListController], providers: [PricingService, PriceListService] })
export class PricingModule {}
