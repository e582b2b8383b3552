import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { CardBrand } from '@did/contracts';

/** A saved card: only what a receipt shows (brand, last4, expiry) and the processor's token; never the number or CVC. */
@Entity({ tableName: 'payment_methods' })
@Index({ name: 'payment_methods_account_idx', properties: ['accountId', 'createdAt', 'id'] })
export class PaymentMethod {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  brand!: CardBrand;

  @Property({ type: 'text' })
  last4!: string;

  @Property({ type: 'smallint' })
  expMonth!: number;

  @Property({ type: 'smallint' })
  expYear!: number;

  /** What the card processor charges; meaningless anywhere else. */
  @Property({ type: 'text' })
  processorToken!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** Deleted cards stay for the payments that used them, but can no longer be charged or seen. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
