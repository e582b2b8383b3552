import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A domain event waiting to be published, written in the same transaction as the state change it
 * describes. The relay publishes it with `Nats-Msg-Id` = id and then stamps `published_at`.
 */
@Entity({ tableName: 'outbox_events' })
// Partial index: the relay only ever scans unpublished rows, which stay few however large the table grows.
@Index({
  name: 'outbox_events_unpublished_idx',
  expression: (table, _columns, name) =>
    `create index "${name}" on "${table.schema}"."${table.name}" ("occurred_at") where "published_at" is null`,
})
export class OutboxEvent {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  /** The full event envelope, exactly as it will be published. */
  @Property({ type: 'json' })
  envelope!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  publishAttempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
