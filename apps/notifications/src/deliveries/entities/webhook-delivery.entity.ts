import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DELIVERY_STATUSES, DeliveryStatus } from '@did/contracts';

/** One event to one endpoint: created once (unique pair), attempted until it succeeds or gives up. */
@Entity({ tableName: 'webhook_deliveries' })
@Unique({ properties: ['endpointId', 'eventId'] })
@Index({ properties: ['accountId', 'createdAt', 'id'] })
// A partial index: the worker reads only pending rows, which stay few however long the log grows. The
// claim walks the endpoints that have pending rows and reads each one's due rows in order.
@Index({
  name: 'webhook_deliveries_pending_idx',
  expression: (table, _columns, name) =>
    `create index "${name}" on "${table.schema}"."${table.name}" ("endpoint_id", "next_attempt_at") where "status" = 'pending'`,
})
export class WebhookDelivery {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  endpointId!: string;

  /** The endpoint's owner: whose delivery log this row belongs to. */
  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Enum({ items: DELIVERY_STATUSES })
  status: DeliveryStatus = 'pending';

  @Property({ type: 'integer', default: 0 })
  attemptCount = 0;

  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
