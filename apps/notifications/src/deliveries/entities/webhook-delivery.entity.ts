import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DELIVERY_STATUSES, DeliveryStatus } from '@did/contracts';

/** One event to one endpoint: created once (unique pair), attempted until it succeeds or gives up. */
@Entity({ tableName: 'webhook_deliveries' })
@Unique({ properties: ['endpointId', 'eventId'] })
@Index({ properties: ['accountId', 'createdAt', 'id'] })
// Partial indexes: the worker reads only pending rows, which stay few however long the log grows.
// The claim walks the endpoints that have pending rows and reads each one's due rows in order ...
@Index({
  name: 'webhook_deliveries_pending_idx',
  expression: (table, _columns, name) => `create index "${name}" on "${table.schema}"."${table.name}" ("endpoint_id", "next_attempt_at") where "status" = 'pending'`,
})
// ... and counts each endpoint's leased rows (requests in flight) to honour its concurrency cap. Only pending
// rows hold a lease (every change of status clears it), and leaving status out of this predicate keeps the
// pending index out of reach of that count: on stale statistics the planner walked every pending row with it.
@Index({
  name: 'webhook_deliveries_leased_idx',
  expression: (table, _columns, name) => `create index "${name}" on "${table.schema}"."${table.name}" ("endpoint_id", "leased_until") where "leased_until" is not null`,
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

  /** While set and in the future, one worker owns the delivery (its HTTP request is in flight). */
  @Property({ type: 'timestamptz', nullable: true })
  leasedUntil: Date | null = null;

  /** The worker (one per process) holding the lease: the claim lets a worker queue ahead only on endpoints no other worker is sending to. */
  @Property({ type: 'text', nullable: true })
  leasedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
