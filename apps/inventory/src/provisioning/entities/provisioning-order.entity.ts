import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ClaimedNumber } from '@did/contracts';

/**
 * Where an order of ours stands with the carrier. WARNING: persisted in `carrier_orders.status`.
 * claimed -> unclaimed (given back unpaid) | queued (paid: number_order.placed) -> submitted
 * (the carrier has it) -> completed | timed_out (no carrier answer before the deadline).
 */
export const ProvisioningStatus = {
  Claimed: 'claimed',
  Unclaimed: 'unclaimed',
  Queued: 'queued',
  Submitted: 'submitted',
  Completed: 'completed',
  TimedOut: 'timed_out',
} as const;
export type ProvisioningStatus = (typeof ProvisioningStatus)[keyof typeof ProvisioningStatus];

/**
 * One row per ordering order id, from its claim on: the claim's answer (so a repeated claim returns
 * it), then the carrier order it became. The provisioner picks due rows with SKIP LOCKED, so two
 * inventory replicas never work on the same order.
 */
@Entity({ tableName: 'carrier_orders' })
@Index({
  name: 'carrier_orders_due_idx',
  expression: (table) =>
    `create index "carrier_orders_due_idx" on "${table.schema}"."${table.name}" ("next_attempt_at") where "status" in ('queued', 'submitted')`,
})
export class ProvisioningOrder {
  /** Ordering's order id: also the `reference` of the carrier order, which the carrier keeps unique. */
  @PrimaryKey({ type: 'text' })
  orderId!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  status!: ProvisioningStatus;

  /** The numbers the claim answered with, in the order it answered. */
  @Property({ type: 'json' })
  numbers!: ClaimedNumber[];

  /** The carrier's id of the order, once a submission was answered. */
  @Property({ type: 'text', nullable: true })
  carrierOrderId: string | null = null;

  /** Submissions tried (answered or not): an unclaim is only possible while this is 0. */
  @Property({ type: 'integer' })
  submitAttempts = 0;

  /** Carrier calls failed in a row (drives the backoff; reset by an answer). */
  @Property({ type: 'integer' })
  failures = 0;

  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;

  /** Pending numbers fail with carrier_timeout once this passes without a carrier answer; null while the order waits for compliance (not sent yet). */
  @Property({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null = null;

  /**
   * Set when the order's numbers need regulatory paperwork: it is not submitted before each is met
   * (compliance_gates), and numbers still without it at this instant fail with compliance_incomplete.
   */
  @Property({ type: 'timestamptz', nullable: true })
  complianceDeadlineAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  placedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** The W3C trace of the number_order.placed that queued it: the provisioner's carrier calls and events continue it (issue 18). */
  @Property({ type: 'text', nullable: true })
  traceparent: string | null = null;

  /** The request id of the API call behind the order: the provisioner's log lines carry it with the trace. */
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;
}
