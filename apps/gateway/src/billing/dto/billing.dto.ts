import {
  AutoRechargeBodySchema,
  BalanceSchema,
  CreatePaymentMethodBodySchema,
  LedgerEntryListSchema,
  ListLedgerQuerySchema,
  PaymentMethodListSchema,
  PaymentMethodSchema,
  TopUpBodySchema,
  TopUpSchema,
} from '@did/contracts';

/*
 * The public shapes of balances, the ledger, payment methods and top-ups are the ordering contracts
 * themselves, so the gateway validates exactly what ordering validates. Kept under `...Schema` names
 * (swc decorator metadata breaks Swagger when a type and a value share a name).
 */
export {
  AutoRechargeBodySchema,
  BalanceSchema,
  CreatePaymentMethodBodySchema,
  LedgerEntryListSchema,
  ListLedgerQuerySchema,
  PaymentMethodListSchema,
  PaymentMethodSchema,
  TopUpBodySchema,
  TopUpSchema,
};
export type { AutoRechargeBody, Balance, CreatePaymentMethodBody, LedgerEntryList, ListLedgerQuery, PaymentMethod, PaymentMethodList, TopUp, TopUpBody } from '@did/contracts';
