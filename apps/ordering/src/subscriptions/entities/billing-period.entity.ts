import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One paid 30-day period of a number. The primary key (number, period start) is what makes a period
 * chargeable once: a renewal inserts its period first and debits only if the insert happened, in
 * the same transaction, whatever concurrent or repeated runs do.
 */
@Entity({ tableName: 'billing_periods' })
@Unique({ name: 'billing_periods_request_key_unique', properties: ['numberId', 'requestKey'] })
export class BillingPeriod {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @PrimaryKey({ type: 'timestamptz' })
  periodStart!: Date;

  @Property({ type: 'timestamptz' })
  periodEnd!: Date;

  /** `initial` (paid with the order), `renewal` (the job or a manual renew). */
  @Property({ type: 'text' })
  kind!: 'initial' | 'renewal';

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'integer' })
  amountCents!: number;

  @Property({ type: 'integer', default: 0 })
  partnerAmountCents = 0;

  @Property({ type: 'timestamptz' })
  chargedAt!: Date;

  /** A manual renewal's Idempotency-Key: the same request again answers with this period instead of 409 renewal_not_due. */
  @Property({ type: 'text', nullable: true })
  requestKey: string | null = null;
}
