import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** An event a consumer gave up on after its last delivery attempt, kept with the error for inspection and replay. */
@Entity({ tableName: 'dead_letters' })
@Unique({ properties: ['consumer', 'eventId'] })
export class DeadLetter {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  consumer!: string;

  @Property({ type: 'text' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'text' })
  subject!: string;

  /** The raw message body as received (it may not even be a valid envelope). */
  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'text' })
  error!: string;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'timestamptz' })
  failedAt!: Date;
}
