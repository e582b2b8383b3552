import { BigIntType, Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Currency, LedgerEntryKind } from '@did/contracts';

/**
 * One immutable movement of money (a trigger refuses UPDATE and DELETE; a correction is a new entry).
 * `(wallet_id, idempotency_key)` is unique: the same charge can never be written twice, whichever
 * caller (top-up, order, renewal) retries. `(wallet_id, sequence)` chains entries: each entry's
 * balance_after is the previous one's plus its amount.
 */
@Entity({ tableName: 'ledger_entries' })
@Unique({ name: 'ledger_entries_wallet_key_unique', properties: ['walletId', 'idempotencyKey'] })
@Unique({ name: 'ledger_entries_wallet_sequence_unique', properties: ['walletId', 'sequence'] })
@Index({ name: 'ledger_entries_account_idx', properties: ['accountId', 'createdAt', 'id'] })
@Check({
  name: 'ledger_entries_kind',
  expression:
    "kind in ('top_up', 'order_charge', 'refund', 'renewal', 'lookup_fee', 'adjustment', 'usage', 'transfer', 'tenant_payment')",
})
@Check({ name: 'ledger_entries_amount_non_zero', expression: 'amount_cents <> 0' })
@Check({ name: 'ledger_entries_balance_after_non_negative', expression: 'balance_after_cents >= 0' })
export class LedgerEntry {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  walletId!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  kind!: LedgerEntryKind;

  /** Signed: credits positive, debits negative. */
  @Property({ type: new BigIntType('number') })
  amountCents!: number;

  @Property({ type: new BigIntType('number') })
  balanceAfterCents!: number;

  @Property({ type: 'text' })
  currency!: Currency;

  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'text' })
  description!: string;

  /** Caller-chosen and stable across retries, e.g. `payment:<id>`, `order:<id>:<e164>`, `renewal:<number>:<period start>`. */
  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** On a partner's ledger: the tenant the entry is for (its charge, payment or refund), for statements. */
  @Property({ type: 'text', nullable: true })
  tenantAccountId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
