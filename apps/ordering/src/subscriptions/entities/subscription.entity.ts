import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Currency, NumberReleaseReason, SubscriptionStatus } from '@did/contracts';

/**
 * The billing of one owned number, from activation to release: one row per number id (a number
 * bought again later gets a new id and a new subscription). Prices are fixed at purchase.
 */
@Entity({ tableName: 'subscriptions' })
@Index({ name: 'subscriptions_account_idx', properties: ['accountId', 'paidUntil'] })
@Index({
  name: 'subscriptions_due_idx',
  expression: (t) =>
    `create index "subscriptions_due_idx" on "${t.schema}"."${t.name}" ("paid_until") where "status" <> 'ended'`,
})
// The renewal job walks due subscriptions in (paid_until, number_id) order, a batch at a time.
@Index({
  name: 'subscriptions_due_order_idx',
  expression: (t) =>
    `create index "subscriptions_due_order_idx" on "${t.schema}"."${t.name}" ("paid_until", "number_id") where "status" <> 'ended'`,
})
@Check({ name: 'subscriptions_status', expression: "status in ('active', 'past_due', 'ended')" })
export class Subscription {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text' })
  e164!: string;

  /** The buyer, whose wallet pays the monthly price. */
  @Property({ type: 'text' })
  accountId!: string;

  /** The buyer's partner (null when a partner bought for itself); its wallet pays the partner price. */
  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  orderId!: string;

  @Property({ type: 'text' })
  currency!: Currency;

  @Property({ type: 'integer' })
  setupCents!: number;

  @Property({ type: 'integer' })
  monthlyCents!: number;

  @Property({ type: 'integer', default: 0 })
  partnerMonthlyCents = 0;

  @Property({ type: 'boolean', default: false })
  isTrial = false;

  @Property({ type: 'integer', default: 0 })
  minimumCommitmentMonths = 0;

  @Property({ type: 'text' })
  status!: SubscriptionStatus;

  @Property({ type: 'boolean' })
  autoRenew!: boolean;

  @Property({ type: 'boolean', default: false })
  cancelAtPeriodEnd = false;

  @Property({ type: 'timestamptz' })
  billingStartedAt!: Date;

  @Property({ type: 'timestamptz' })
  lastBilledAt!: Date;

  /** End of the paid period = the next billing date. */
  @Property({ type: 'timestamptz' })
  paidUntil!: Date;

  /** Past due: when the renewal is tried again. */
  @Property({ type: 'timestamptz', nullable: true })
  nextRetryAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  failedAttempts = 0;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  endReason: NumberReleaseReason | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
