import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AccountStatus, AccountType, Currency, CURRENCIES } from '@did/contracts';

/** A partner (created by the operator) or a tenant (created by its partner). The tree is two levels deep. */
@Entity({ tableName: 'accounts' })
export class Account {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Enum({ items: [AccountType.Partner, AccountType.Tenant], nativeEnumName: undefined })
  type!: AccountType;

  /** The partner of a tenant; null for a partner. */
  @Index()
  @Property({ type: 'text', nullable: true })
  parentId: string | null = null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Enum({ items: CURRENCIES })
  currency!: Currency;

  @Enum({ items: [AccountStatus.Active, AccountStatus.Suspended] })
  status: AccountStatus = AccountStatus.Active;

  /** Caller-supplied reference (e.g. the partner's own customer id for this tenant). */
  @Property({ type: 'text', nullable: true })
  externalReference: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
