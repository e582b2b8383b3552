import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { UnconfiguredBehaviour } from '@did/contracts';

/** An account's defaults for its numbers; an account without a row has the platform defaults. */
@Entity({ tableName: 'account_defaults' })
export class AccountDefaultsRow {
  @PrimaryKey({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text', nullable: true })
  cnamDisplayName: string | null = null;

  @Property({ type: 'jsonb' })
  unconfiguredNumber!: UnconfiguredBehaviour;

  @Property({ type: 'boolean' })
  recording!: boolean;

  @Property({ type: 'integer' })
  maxChannels!: number;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
