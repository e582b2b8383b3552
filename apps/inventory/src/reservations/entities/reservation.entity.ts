import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ReservationStatus } from '@did/contracts';

/** A hold on numbers for one account until `expiresAt`. The numbers carry the hold too (reservation_id, reserved_until). */
@Entity({ tableName: 'reservations' })
@Index({ name: 'reservations_account_idx', properties: ['accountId', 'createdAt', 'id'] })
@Index({
  name: 'reservations_pending_expiry_idx',
  expression: (table) =>
    `create index "reservations_pending_expiry_idx" on "${table.schema}"."${table.name}" ("expires_at") where "status" = 'pending'`,
})
export class Reservation {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  /** The partner above the account (null when a partner reserved for itself): events are scoped with it. */
  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  /** As stored: `pending` stays until the sweeper records the expiry, so read it through effectiveStatus. */
  @Property({ type: 'text' })
  status!: ReservationStatus;

  @Property({ type: ArrayType, columnType: 'text[]' })
  phoneNumbers!: string[];

  @Property({ type: 'text', nullable: true })
  customerReference: string | null = null;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When it was released or expired. */
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
