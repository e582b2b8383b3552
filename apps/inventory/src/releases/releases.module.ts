import { Module } from '@nestjs/common';
import { CarrierModule } from '../carrier/carrier.module';
import { RegistryModule } from '../registry/registry.module';
import { BillingEndedConsumer } from './billing-ended.consumer';
import { Disconnector } from './disconnector';
import { ReleasesService } from './releases.service';

/** Releasing numbers (by their owner, or when billing ends) and disconnecting them upstream until the carrier confirms. */
@Module({
  imports: [CarrierModule, RegistryModule],
  providers: [ReleasesService, Disconnector, BillingEndedConsumer],
  exports: [ReleasesService],
})
export class ReleasesModule {}
