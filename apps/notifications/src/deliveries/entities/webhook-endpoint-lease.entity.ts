import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which worker sends an endpoint's deliveries, until when. One worker at a time per endpoint: it reads
 * the endpoint's due deliveries without writing them (a per-row lease rewrote every row, with all its
 * indexes, once more than the delivery itself needs), keeps the endpoint's concurrency cap by itself,
 * and renews the lease on every claim while it has due rows there. A worker that dies leaves its leases
 * to run out; one that stops gives them back.
 */
@Entity({ tableName: 'webhook_endpoint_leases' })
export class WebhookEndpointLease {
  @PrimaryKey({ type: 'text' })
  endpointId!: string;

  /** The worker (one per process) holding the lease. */
  @Property({ type: 'text' })
  leasedBy!: string;

  @Property({ type: 'timestamptz' })
  leasedUntil!: Date;
}
