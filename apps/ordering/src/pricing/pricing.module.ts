import { Module } from '@nestjs/common';
import { WalletsModule } from '../wallets/wallets.module';
import { MarkupsService } from './markups.service';
import { PricingHandler } from './pricing.handler';
import { PricingService } from './pricing.service';

/** The platform price list, partner markups and quotes. PricingService is the one place a buyer price is computed. */
@Module({ imports: [WalletsModule], controllers: [PricingHandler], providers: [PricingService, MarkupsService], exports: [PricingService] })
export class PricingModule {}
