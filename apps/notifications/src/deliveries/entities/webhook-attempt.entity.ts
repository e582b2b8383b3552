import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One HTTP attempt of a delivery, for the delivery log. */
@Entity({ tableName: 'webhook_attempts' })
@Index({ properties: ['deliveryId', 'attemptedAt'] })
export class WebhookAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  deliveryId!: string;

  @Property({ type: 'timestamptz' })
  attemptedAt!: Date;

  /** Null when no answer came (timeout, network error, refused address). */
  @Property({ type: 'integer', nullable: true })
  statusCode: number | null = null;

  @Property({ type: 'integer' })
  latencyMs!: number;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** The trace id this attempt's POST carried in `traceparent` (the one of the API call behind the event), for support. */
  @Property({ type: 'text', nullable: true })
  traceId: string | null = null;
}
