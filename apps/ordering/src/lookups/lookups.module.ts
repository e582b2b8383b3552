import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { WalletsModule } from '../wallets/wallets.module';
import { LookupsHandler } from './lookups.handler';
import { LookupsService } from './lookups.service';

/** Charged number lookups (carrier, caller name) through inventory's carrier adapter. */
@Module({ imports: [WalletsModule, PaymentsModule], controllers: [LookupsHandler], providers: [LookupsService] })
export class LookupsModule {}
