import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A copy of a domain event kept for `GET /v1/events` and for building webhook bodies. `createdAt` is
 * the event's occurred_at (the name keysetPage pages by), so the list runs in the order things happened.
 */
@Entity({ tableName: 'events' })
@Index({ properties: ['accountId', 'createdAt', 'id'] })
@Index({ properties: ['partnerId', 'createdAt', 'id'] })
export class EventRecord {
  /** The event id: also the webhook-id of every delivery of it. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  /** Taken from `data.connection_id` when the payload has one (events about numbers on a connection). */
  @Property({ type: 'text', nullable: true })
  connectionId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'occurred_at' })
  createdAt!: Date;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  /** The W3C trace of the event's cause (the envelope's `trace`): its webhook POSTs continue it, so a delivery leads back to the API call. */
  @Property({ type: 'text', nullable: true })
  traceparent: string | null = null;

  /** The request id of the API call behind the event (the envelope's `trace.request_id`): its webhook attempts' log lines carry it. */
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;
}
