import { Module } from '@nestjs/common';
import { WalletsModule } from '../wallets/wallets.module';
import { FundsService } from './funds.service';
import { AutoRechargeGate } from './auto-recharge-gate';
import { PaymentMethodsService } from './payment-methods.service';
import { PaymentReconciler } from './payment-reconciler';
import { PaymentsHandler } from './payments.handler';
import { PaymentsService } from './payments.service';
import { SandboxCardProcessor } from './sandbox-processor';
import { UsageBillingModule } from '../usage-billing/usage-billing.module';

/** Saved cards, card charges (top-ups, auto-recharge) through the sandbox processor, and ensureFunds for orders and renewals. */
@Module({
  imports: [WalletsModule, UsageBillingModule],
  controllers: [PaymentsHandler],
  providers: [
    PaymentMethodsService,
    PaymentsService,
    FundsService,
    AutoRechargeGate,
    SandboxCardProcessor,
    PaymentReconciler,
  ],
  exports: [PaymentsService, FundsService],
})
export class PaymentsModule {}
