import { BigIntType, Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Currency } from '@did/contracts';

/**
 * One per account, in the account's currency. The balance lives here and changes only together with
 * a ledger entry (LedgerService.post); the CHECK makes a negative balance impossible whatever the code does.
 */
@Entity({ tableName: 'wallets' })
@Check({ name: 'wallets_balance_non_negative', expression: 'balance_cents >= 0' })
@Check({ name: 'wallets_owed_non_negative', expression: 'owed_cents >= 0' })
@Check({
  name: 'wallets_auto_recharge_amounts',
  expression: 'auto_recharge_threshold_cents >= 0 and auto_recharge_amount_cents >= 0',
})
export class Wallet {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text', unique: 'wallets_account_id_unique' })
  accountId!: string;

  /** The partner above a tenant's wallet (null for a partner): events are scoped with it. */
  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  currency!: Currency;

  /** Integer minor units. */
  @Property({ type: new BigIntType('number'), default: 0 })
  balanceCents = 0;

  /**
   * Usage the wallet could not pay when it was charged (minor units). It never left the balance, so
   * the ledger still sums to it; the next top-up pays it first, and routing refuses new non-emergency
   * calls while it is above zero.
   */
  @Property({ type: new BigIntType('number'), default: 0 })
  owedCents = 0;

  /** Counts changes of owed_cents, so a reader of wallet.debt_changed keeps the latest whatever the delivery order. */
  @Property({ type: 'integer', default: 0 })
  debtSequence = 0;

  /** The sequence number of the wallet's latest ledger entry (0: none yet). */
  @Property({ type: 'integer', default: 0 })
  lastSequence = 0;

  @Property({ type: 'boolean', default: false })
  autoRechargeEnabled = false;

  @Property({ type: new BigIntType('number'), default: 0 })
  autoRechargeThresholdCents = 0;

  @Property({ type: new BigIntType('number'), default: 0 })
  autoRechargeAmountCents = 0;

  @Property({ type: 'text', nullable: true })
  autoRechargePaymentMethodId: string | null = null;

  /** The account's plan includes one trial number (first 30-day cycle free); cleared when an order uses it. */
  @Property({ type: 'boolean', default: false })
  trialNumberAvailable = false;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
