import { Injectable } from '@nestjs/common';
import {
  AutoRechargeBody,
  Balance,
  BalanceSchema,
  CreatePaymentMethodBody,
  LedgerEntryList,
  LedgerEntryListSchema,
  ListLedgerQuery,
  PaymentMethod,
  PaymentMethodListSchema,
  PaymentMethodPatterns,
  PaymentMethodSchema,
  TopUp,
  TopUpBody,
  TopUpSchema,
  WalletPatterns,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { Actor } from '../auth/actor';
import { walletCallerOf } from './wallet-caller';
import { publicList, PublicList } from '../http/cursor';

/** Wallets, ledger, cards and top-ups, held by ordering; every call is scoped to the acting account. */
@Injectable()
export class BillingService {
  constructor(private readonly rpc: RpcClient) {}

  balance(actor: Actor): Promise<Balance> {
    return this.rpc.request(WalletPatterns.GetBalance, walletCallerOf(actor), { reply: BalanceSchema });
  }

  ledger(actor: Actor, query: ListLedgerQuery): Promise<LedgerEntryList> {
    return this.rpc.request(
      WalletPatterns.ListLedger,
      { caller: walletCallerOf(actor), query },
      { reply: LedgerEntryListSchema },
    );
  }

  setAutoRecharge(actor: Actor, settings: AutoRechargeBody): Promise<Balance> {
    return this.rpc.request(
      WalletPatterns.SetAutoRecharge,
      { caller: walletCallerOf(actor), settings },
      { reply: BalanceSchema },
    );
  }

  /** Ordering stores `idempotencyKey` with the payment, so even a gateway that lost its own record cannot charge twice. */
  topUp(actor: Actor, body: TopUpBody, idempotencyKey: string): Promise<TopUp> {
    return this.rpc.request(
      WalletPatterns.TopUp,
      { caller: walletCallerOf(actor), top_up: body, idempotency_key: idempotencyKey },
      { reply: TopUpSchema },
    );
  }

  addPaymentMethod(actor: Actor, card: CreatePaymentMethodBody): Promise<PaymentMethod> {
    return this.rpc.request(
      PaymentMethodPatterns.Create,
      { caller: walletCallerOf(actor), card },
      { reply: PaymentMethodSchema },
    );
  }

  async paymentMethods(actor: Actor): Promise<PublicList<PaymentMethod>> {
    const { data } = await this.rpc.request(
      PaymentMethodPatterns.List,
      { caller: walletCallerOf(actor) },
      { reply: PaymentMethodListSchema },
    );
    return publicList(data, { total: data.length });
  }

  paymentMethod(actor: Actor, id: string): Promise<PaymentMethod> {
    return this.rpc.request(
      PaymentMethodPatterns.Get,
      { caller: walletCallerOf(actor), payment_method_id: id },
      { reply: PaymentMethodSchema },
    );
  }

  deletePaymentMethod(actor: Actor, id: string): Promise<PaymentMethod> {
    return this.rpc.request(
      PaymentMethodPatterns.Delete,
      { caller: walletCallerOf(actor), payment_method_id: id },
      { reply: PaymentMethodSchema },
    );
  }
}
