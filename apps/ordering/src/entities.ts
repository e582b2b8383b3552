import type { Constructor } from '@mikro-orm/core';
import { Payment } from './payments/entities/payment.entity';
import { PaymentMethod } from './payments/entities/payment-method.entity';
import { SandboxCharge } from './payments/entities/sandbox-charge.entity';
import { PartnerMarkupRow } from './pricing/entities/partner-markup.entity';
import { PriceListEntry } from './pricing/entities/price-list-entry.entity';
import { LedgerEntry } from './wallets/entities/ledger-entry.entity';
import { Wallet } from './wallets/entities/wallet.entity';
import { NumberOrder } from './orders/entities/number-order.entity';
import { OrderNumber } from './orders/entities/order-number.entity';
import { BillingPeriod } from './subscriptions/entities/billing-period.entity';
import { LowBalanceNotice } from './subscriptions/entities/low-balance-notice.entity';
import { Subscription } from './subscriptions/entities/subscription.entity';

/** Every entity of the ordering schema, listed explicitly (the messaging tables are added by ServiceCoreModule). */
export const ENTITIES: Constructor[] = [
  Wallet,
  LedgerEntry,
  PaymentMethod,
  Payment,
  SandboxCharge,
  PriceListEntry,
  PartnerMarkupRow,
  NumberOrder,
  OrderNumber,
  Subscription,
  BillingPeriod,
  LowBalanceNotice,
];
