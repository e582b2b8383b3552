import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A wallet.low_balance already sent for (wallet, renewal date, days before): the key makes it once. */
@Entity({ tableName: 'low_balance_notices' })
export class LowBalanceNotice {
  @PrimaryKey({ type: 'text' })
  walletId!: string;

  @PrimaryKey({ type: 'timestamptz' })
  dueAt!: Date;

  @PrimaryKey({ type: 'integer' })
  daysBefore!: number;

  @Property({ type: 'timestamptz' })
  notifiedAt!: Date;
}
