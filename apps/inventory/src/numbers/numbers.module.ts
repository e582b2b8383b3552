import { Module } from '@nestjs/common';
import { CarrierModule } from '../carrier/carrier.module';
import { ReleasesModule } from '../releases/releases.module';
import { CarrierLookups } from './carrier-lookups.service';
import { NumbersHandler } from './numbers.handler';
import { NumberSettingsService } from './number-settings.service';
import { OwnedNumbersList } from './owned-numbers-list';
import { OwnedNumbersService } from './owned-numbers.service';

/** Owned numbers over NATS: get, list, registry settings and assignment, release now, and carrier lookups. */
@Module({
  imports: [CarrierModule, ReleasesModule],
  controllers: [NumbersHandler],
  providers: [OwnedNumbersService, CarrierLookups, OwnedNumbersList, NumberSettingsService],
})
export class NumbersModule {}
