import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { CarrierOrderNumberStatus, CarrierOrderStatus } from '@did/contracts';

/** One ordered number; `outcome` is decided when the order is placed and shown once it activates. */
export interface OrderedNumber {
  phone_number: string;
  status: CarrierOrderNumberStatus;
  outcome: 'active' | 'failed';
}

/**
 * An activation order. Persisted (not kept in memory) so that an order placed before a restart
 * still completes and can still be read: the platform polls and retries across restarts of either
 * side, and a carrier that forgets orders would hide those paths.
 */
@Entity({ tableName: 'orders' })
export class CarrierOrder {
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** The platform's own id for the order: a second POST with the same reference returns this order. */
  @Unique({ name: 'orders_reference_unique' })
  @Property({ type: 'text', nullable: true })
  reference: string | null = null;

  @Property({ type: 'text', nullable: true })
  callbackUrl: string | null = null;

  /** The scheduler looks up pending orders by it after a restart. */
  @Index()
  @Property({ type: 'text' })
  status!: CarrierOrderStatus;

  /** The numbers with their status, in the order they were asked for (at most 100, read and written whole). */
  @Property({ type: 'json' })
  numbers!: OrderedNumber[];

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the order completes (or completed). */
  @Property({ type: 'timestamptz' })
  activatesAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'integer' })
  callbackAttempts = 0;

  @Property({ type: 'timestamptz', nullable: true })
  callbackDeliveredAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  callbackLastError: string | null = null;
}
