import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An API key of an account. Only the SHA-256 of the secret is stored; the secret is shown once. */
@Entity({ tableName: 'api_keys' })
export class ApiKey {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The first characters of the secret, so a user can tell keys apart in a list. */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', unique: true })
  secretHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
