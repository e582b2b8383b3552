import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Marks an event as processed by one consumer, in the same transaction as its effect: a redelivery is a no-op. */
@Entity({ tableName: 'inbox_records' })
export class InboxRecord {
  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'text' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'timestamptz' })
  processedAt!: Date;
}
