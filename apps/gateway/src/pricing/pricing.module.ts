import { Module } from '@nestjs/common';
import { PricingController } from './pricing.controller';
import { PricingService } from './pricing.service';

/** Prices, partner markups and quotes: thin HTTP over the ordering service. */
@Module({ controllers: [PricingController], providers: [PricingService] })
export class PricingModule {}
