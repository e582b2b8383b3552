import { z } from 'zod';
import { CURRENCIES } from '../enums';
import { LEDGER_ENTRY_KINDS } from './wallets';

const at = z.iso.datetime({ offset: true });

export const WalletCreatedV1 = z.object({
  wallet_id: z.string(),
  account_id: z.string(),
  currency: z.enum(CURRENCIES),
  created_at: at,
});
export type WalletCreatedV1 = z.infer<typeof WalletCreatedV1>;

export const LedgerEntryCreatedV1 = z.object({
  entry_id: z.string(),
  wallet_id: z.string(),
  account_id: z.string(),
  kind: z.enum(LEDGER_ENTRY_KINDS),
  amount_cents: z.number().int(),
  balance_after_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
  sequence: z.number().int(),
  reference: z.string().nullable(),
  created_at: at,
});
export type LedgerEntryCreatedV1 = z.infer<typeof LedgerEntryCreatedV1>;

const payment = {
  payment_id: z.string(),
  account_id: z.string(),
  payment_method_id: z.string(),
  purpose: z.enum(['top_up', 'auto_recharge']),
  amount_cents: z.number().int(),
  currency: z.enum(CURRENCIES),
};

export const PaymentSucceededV1 = z.object({ ...payment, processor_charge_id: z.string(), succeeded_at: at });
export type PaymentSucceededV1 = z.infer<typeof PaymentSucceededV1>;

export const PaymentFailedV1 = z.object({
  ...payment,
  failure_code: z.string(),
  failure_message: z.string(),
  failed_at: at,
});
export type PaymentFailedV1 = z.infer<typeof PaymentFailedV1>;
