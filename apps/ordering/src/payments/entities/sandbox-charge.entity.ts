import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The sandbox card processor's own memory of charges, keyed by the idempotency key we send it, as a
 * real processor keeps one. It is what lets a retry after a timeout learn that the card was charged.
 * Only the sandbox processor touches this table.
 */
@Entity({ tableName: 'sandbox_processor_charges' })
export class SandboxCharge {
  @PrimaryKey({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'text' })
  chargeId!: string;

  @Property({ type: 'text' })
  token!: string;

  @Property({ type: new BigIntType('number') })
  amountCents!: number;

  @Property({ type: 'text' })
  currency!: string;

  /** `succeeded` or `declined`. */
  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  declineCode: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
