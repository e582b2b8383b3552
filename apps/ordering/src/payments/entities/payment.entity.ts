import { BigIntType, Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Currency, PaymentPurpose, PaymentStatus } from '@did/contracts';

/**
 * One charge of a saved card, written before the processor is called. `(account_id, idempotency_key)`
 * is unique, so a retried top-up (from a restarted gateway or straight over NATS) finds this row and
 * settles or replays it instead of charging again. The processor is called with the payment id as
 * its own idempotency key.
 */
@Entity({ tableName: 'payments' })
@Unique({ name: 'payments_account_key_unique', properties: ['accountId', 'idempotencyKey'] })
@Index({
  name: 'payments_pending_idx',
  expression: (table) =>
    `create index "payments_pending_idx" on "${table.schema}"."${table.name}" ("created_at") where "status" = 'pending'`,
})
@Check({ name: 'payments_amount_positive', expression: 'amount_cents > 0' })
@Check({ name: 'payments_status', expression: "status in ('pending', 'succeeded', 'failed')" })
export class Payment {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  walletId!: string;

  @Property({ type: 'text' })
  paymentMethodId!: string;

  @Property({ type: 'text' })
  purpose!: PaymentPurpose;

  @Property({ type: new BigIntType('number') })
  amountCents!: number;

  @Property({ type: 'text' })
  currency!: Currency;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'text' })
  status!: PaymentStatus;

  @Property({ type: 'text', nullable: true })
  processorChargeId: string | null = null;

  @Property({ type: 'text', nullable: true })
  failureCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  /** The top_up credit this payment produced (succeeded payments only). */
  @Property({ type: 'text', nullable: true })
  ledgerEntryId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
