import { Balance, LedgerEntry as LedgerEntryView } from '@did/contracts';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Wallet } from './entities/wallet.entity';

export function presentBalance(wallet: Wallet): Balance {
  return {
    record_type: 'balance',
    account_id: wallet.accountId,
    wallet_id: wallet.id,
    balance_cents: wallet.balanceCents,
    owed_cents: wallet.owedCents,
    currency: wallet.currency,
    auto_recharge: {
      enabled: wallet.autoRechargeEnabled,
      threshold_cents: wallet.autoRechargeThresholdCents,
      amount_cents: wallet.autoRechargeAmountCents,
      payment_method_id: wallet.autoRechargePaymentMethodId,
    },
    updated_at: wallet.updatedAt.toISOString(),
  };
}

export function presentLedgerEntry(entry: LedgerEntry): LedgerEntryView {
  return {
    id: entry.id,
    record_type: 'ledger_entry',
    account_id: entry.accountId,
    wallet_id: entry.walletId,
    kind: entry.kind,
    amount_cents: entry.amountCents,
    balance_after_cents: entry.balanceAfterCents,
    currency: entry.currency,
    sequence: entry.sequence,
    reference: entry.reference,
    description: entry.description,
    created_at: entry.createdAt.toISOString(),
  };
}
