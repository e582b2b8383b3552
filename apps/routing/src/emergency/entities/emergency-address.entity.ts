import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A validated 911 dispatch address, stored as the carrier normalized it. Deleting keeps the row (deleted_at) for the numbers' history. */
@Entity({ tableName: 'emergency_addresses' })
@Index({ name: 'emergency_addresses_account_idx', properties: ['accountId'] })
@Index({ name: 'emergency_addresses_partner_idx', properties: ['partnerId'] })
export class EmergencyAddressRow {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  /** The partner above a tenant's address (it may use and manage it too). */
  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  streetAddress!: string;

  @Property({ type: 'text', nullable: true })
  extendedAddress: string | null = null;

  @Property({ type: 'text' })
  locality!: string;

  @Property({ type: 'text' })
  administrativeArea!: string;

  @Property({ type: 'text' })
  postalCode!: string;

  @Property({ type: 'text' })
  countryCode!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}
