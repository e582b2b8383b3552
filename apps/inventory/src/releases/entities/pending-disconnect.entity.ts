import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Why a number must be disconnected upstream. WARNING: persisted in `carrier_disconnects.reason`. */
export const DisconnectReason = {
  /** Its owner released it (or its billing ended): it ages once the carrier confirms. */
  Released: 'released',
  /** Its order timed out: the carrier may still activate it late; it is blocked until the carrier confirms. */
  PurchaseTimeout: 'purchase_timeout',
} as const;
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/**
 * A number to take out of service upstream, written in the transaction that decided it and retried
 * with backoff until the carrier confirms, so a crash or a carrier outage never leaves it connected.
 */
@Entity({ tableName: 'carrier_disconnects' })
@Index({
  name: 'carrier_disconnects_due_idx',
  expression: (table) =>
    `create index "carrier_disconnects_due_idx" on "${table.schema}"."${table.name}" ("next_attempt_at") where "confirmed_at" is null`,
})
export class PendingDisconnect {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  e164!: string;

  @Property({ type: 'text' })
  reason!: DisconnectReason;

  /** The owned number's id (released) or the order's id (timed out), for tracing. */
  @Property({ type: 'text', nullable: true })
  numberId: string | null = null;

  @Property({ type: 'text', nullable: true })
  orderId: string | null = null;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;
}
