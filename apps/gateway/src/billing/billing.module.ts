import { Module } from '@nestjs/common';
import { BalanceController } from './balance.controller';
import { BillingService } from './billing.service';
import { LedgerController } from './ledger.controller';
import { PaymentMethodsController } from './payment-methods.controller';

/** Balance, ledger, payment methods, top-ups and auto-recharge: thin HTTP over the ordering service. */
@Module({ controllers: [BalanceController, LedgerController, PaymentMethodsController], providers: [BillingService] })
export class BillingModule {}
