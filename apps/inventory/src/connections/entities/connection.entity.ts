import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A connection groups an account's numbers under one configuration and webhook scope (webhook
 * endpoints may be scoped to one). Every account has exactly one default connection (a partial
 * unique index), made the first time the account's connections are read.
 */
@Entity({ tableName: 'connections' })
@Index({ name: 'connections_account_idx', properties: ['accountId', 'createdAt', 'id'] })
@Index({
  name: 'connections_one_default_unique',
  expression: (t) =>
    `create unique index "connections_one_default_unique" on "${t.schema}"."${t.name}" ("account_id") where "is_default"`,
})
export class Connection {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'boolean', default: false })
  isDefault = false;

  @Property({ type: 'boolean', default: true })
  active = true;

  /** Where the account's own systems want call and message events for this connection's numbers (informational; webhooks are configured in notifications). */
  @Property({ type: 'text', nullable: true })
  webhookEventUrl: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
