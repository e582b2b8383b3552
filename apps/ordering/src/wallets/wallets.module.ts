import { Module } from '@nestjs/common';
import { LedgerService } from './ledger.service';
import { ResellerCharges } from './reseller-charges';
import { WalletOpener } from './wallet-opener';
import { WalletsHandler } from './wallets.handler';
import { WalletsService } from './wallets.service';

/** Wallets and their ledger. LedgerService is the one writer of balances; orders and renewals post through it. */
@Module({
  controllers: [WalletsHandler],
  providers: [WalletsService, LedgerService, WalletOpener, ResellerCharges],
  exports: [WalletsService, LedgerService, ResellerCharges],
})
export class WalletsModule {}
