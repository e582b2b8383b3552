import { Module } from '@nestjs/common';
import { CarrierModule } from '../carrier/carrier.module';
import { ReleasesModule } from '../releases/releases.module';
import { CarrierLookups } from './carrier-lookups.service';
import { NumbersHandler } from './numbers.handler';
import { OwnedNumbersService } from './owned-numbers.service';

/** Owned numbers over NATS: get, release now, and carrier lookups. */
@Module({ imports: [CarrierModule, ReleasesModule], controllers: [NumbersHandler], providers: [OwnedNumbersService, CarrierLookups] })
export class NumbersModule {}
