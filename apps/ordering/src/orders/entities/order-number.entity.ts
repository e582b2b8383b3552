import { ArrayType, Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Capability, OrderNumberStatus } from '@did/contracts';

/**
 * A number in an order with the prices it was bought at (integer minor units, the buyer's and, for
 * a tenant, the partner's), and its outcome. A failed number's refund is recorded by `refunded_at`
 * together with its ledger entries.
 */
@Entity({ tableName: 'order_numbers' })
@Index({ name: 'order_numbers_number_id_idx', properties: ['numberId'] })
@Check({ name: 'order_numbers_status', expression: "status in ('pending', 'success', 'failure')" })
export class OrderNumber {
  @PrimaryKey({ type: 'text' })
  orderId!: string;

  @PrimaryKey({ type: 'text' })
  e164!: string;

  @Property({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text' })
  status!: OrderNumberStatus;

  @Property({ type: ArrayType, columnType: 'text[]' })
  capabilities!: Capability[];

  @Property({ type: 'integer' })
  setupCents!: number;

  @Property({ type: 'integer' })
  monthlyCents!: number;

  @Property({ type: 'integer', default: 0 })
  partnerSetupCents = 0;

  @Property({ type: 'integer', default: 0 })
  partnerMonthlyCents = 0;

  @Property({ type: 'boolean', default: false })
  isTrial = false;

  @Property({ type: 'integer', default: 0 })
  minimumCommitmentMonths = 0;

  @Property({ type: 'text', nullable: true })
  errorCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  errorMessage: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  refundedAt: Date | null = null;
}
