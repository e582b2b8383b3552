import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { PricingModule } from '../pricing/pricing.module';
import { WalletsModule } from '../wallets/wallets.module';
import { InventoryClaims } from './inventory-claims';
import { OrderClaimsRelease } from './order-claims-release';
import { OrderOutcomes } from './order-outcomes';
import { OrderPlacementService } from './order-placement.service';
import { OrderPrices } from './order-prices';
import { OrderReconciler } from './order-reconciler';
import { UsageRatesSnapshot } from '../subscriptions/usage-rates-snapshot';
import { OrdersHandler } from './orders.handler';
import { OrdersReader } from './orders.reader';

/** Number orders: placement (claim, charge, hand to inventory), carrier outcomes (billing starts or refunds), reads and the reconciler. */
@Module({
  imports: [WalletsModule, PaymentsModule, PricingModule],
  controllers: [OrdersHandler],
  providers: [
    UsageRatesSnapshot,
    OrderPlacementService,
    OrdersReader,
    OrderPrices,
    InventoryClaims,
    OrderClaimsRelease,
    OrderOutcomes,
    OrderReconciler,
  ],
})
export class OrdersModule {}
