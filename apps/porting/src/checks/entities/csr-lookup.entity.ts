import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One CSR fetched from the losing carrier for an account: who saw which number's account holder
 * details, for which port order, and when. Also the count the hourly CSR budget is checked against.
 */
@Entity({ tableName: 'csr_lookups' })
@Index({ name: 'csr_lookups_account_idx', properties: ['accountId', 'lookedUpAt'] })
export class CsrLookup {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  e164!: string;

  @Property({ type: 'text' })
  portOrderId!: string;

  @Property({ type: 'timestamptz' })
  lookedUpAt!: Date;
}
