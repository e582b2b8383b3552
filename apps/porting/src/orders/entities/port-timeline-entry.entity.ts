import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { PortOrderStatus } from '@did/contracts';

/** One step of an order's story: a transition, a comment, a fee, dropped numbers. Append-only. */
@Entity({ tableName: 'port_timeline' })
@Index({ name: 'port_timeline_order_idx', properties: ['orderId', 'id'] })
export class PortTimelineEntry {
  /** Sortable: the timeline reads in id order. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  orderId!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  actor!: 'customer' | 'carrier' | 'platform';

  @Property({ type: 'text', nullable: true })
  fromStatus: PortOrderStatus | null = null;

  @Property({ type: 'text', nullable: true })
  toStatus: PortOrderStatus | null = null;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'json' })
  data: Record<string, unknown> = {};
}
