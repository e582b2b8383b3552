import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Currency, PortExceptionCode, PortOrderStatus } from '@did/contracts';

/** A port-in order: the numbers of one losing carrier, the end user's details and where the port stands. */
@Entity({ tableName: 'port_orders' })
@Index({ name: 'port_orders_account_idx', properties: ['accountId', 'createdAt', 'id'] })
@Index({ name: 'port_orders_parent_idx', properties: ['parentOrderId'] })
// The poller walks orders the carrier is working on.
@Index({
  name: 'port_orders_open_idx',
  expression: (t) =>
    `create index "port_orders_open_idx" on "${t.schema}"."${t.name}" ("updated_at") where "status" in ('submitted', 'in_progress', 'approved')`,
})
export class PortOrder {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  currency!: Currency;

  /** The order this one was split from (one order per losing carrier); null for the first. */
  @Property({ type: 'text', nullable: true })
  parentOrderId: string | null = null;

  @Property({ type: 'text' })
  status!: PortOrderStatus;

  @Property({ type: 'text' })
  countryCode!: string;

  @Property({ type: 'text', nullable: true })
  losingCarrier: string | null = null;

  @Property({ type: 'text' })
  use!: 'business' | 'personal';

  /** Name, company, service address, account number, PIN (never shown back), billing telephone number. */
  @Property({ type: 'json' })
  endUser!: Record<string, unknown>;

  @Property({ type: 'text' })
  requestedFocDate!: string;

  @Property({ type: 'text', nullable: true })
  focDate: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  documents: string[] = [];

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'text', nullable: true })
  customerReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  exceptionCode: PortExceptionCode | null = null;

  @Property({ type: 'text', nullable: true })
  exceptionMessage: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  exceptionAt: Date | null = null;

  /** How many times the customer submitted (first submission and resubmissions after exceptions). */
  @Property({ type: 'integer', default: 0 })
  submissions = 0;

  /** The submission that charged the porting fee (its ledger key); null until charged. */
  @Property({ type: 'integer', nullable: true })
  feeSubmission: number | null = null;

  @Property({ type: 'integer', default: 0 })
  feeChargedCents = 0;

  @Property({ type: 'integer', default: 0 })
  feeRefundedCents = 0;

  @Property({ type: 'text', nullable: true })
  carrierOrderId: string | null = null;

  /** The latest submission the carrier has received (a resubmission is sent as a supplement). */
  @Property({ type: 'integer', default: 0 })
  carrierSubmission = 0;

  /** Steps of the carrier's history already applied here. */
  @Property({ type: 'integer', default: 0 })
  carrierSeqApplied = 0;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;
}
