import { BigIntType, Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Currency, NumberType } from '@did/contracts';

/**
 * Where an order stands internally. `placing`: the row exists (it is the idempotency record) and
 * numbers may be claimed, nothing is charged yet; `rejected`: it failed before any charge (402, 409)
 * and replays that error; the rest are the public NumberOrderStatus values.
 * WARNING: persisted (a CHECK lists them).
 */
export const OrderRowStatus = {
  Placing: 'placing',
  Rejected: 'rejected',
  Pending: 'pending',
  Success: 'success',
  PartialSuccess: 'partial_success',
  Failure: 'failure',
} as const;
export type OrderRowStatus = (typeof OrderRowStatus)[keyof typeof OrderRowStatus];

/** The error a rejected order replays to a retry with the same Idempotency-Key. */
export interface StoredRejection {
  type: string;
  code: string;
  message: string;
  errors?: { field: string; rule: string; message: string }[];
}

/**
 * One number order. `(account_id, idempotency_key)` is unique: the order row itself is the
 * idempotency record, so concurrent or repeated requests with one key share one order and one charge.
 */
@Entity({ tableName: 'number_orders' })
@Unique({ name: 'number_orders_account_key_unique', properties: ['accountId', 'idempotencyKey'] })
@Index({ name: 'number_orders_account_idx', properties: ['accountId', 'createdAt', 'id'] })
@Index({
  name: 'number_orders_unfinished_idx',
  expression: (t) =>
    `create index "number_orders_unfinished_idx" on "${t.schema}"."${t.name}" ("created_at") where "status" in ('placing', 'rejected') and "claims_released_at" is null`,
})
@Check({
  name: 'number_orders_status',
  expression: "status in ('placing', 'rejected', 'pending', 'success', 'partial_success', 'failure')",
})
export class NumberOrder {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  accountId!: string;

  @Property({ type: 'text', nullable: true })
  partnerId: string | null = null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** SHA-256 of the request body: the same key with another body is refused (idempotency_key_reused). */
  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: 'text' })
  status!: OrderRowStatus;

  @Property({ type: 'text' })
  countryCode!: string;

  @Property({ type: 'text' })
  numberType!: NumberType;

  @Property({ type: 'text' })
  currency!: Currency;

  @Property({ type: 'text', nullable: true })
  customerReference: string | null = null;

  @Property({ type: 'boolean' })
  autoRenew!: boolean;

  /** What the buyer's wallet was debited (NRC + first MRC of every number). */
  @Property({ type: new BigIntType('number'), default: 0 })
  totalChargedCents = 0;

  @Property({ type: new BigIntType('number'), default: 0 })
  totalRefundedCents = 0;

  /** What the partner's wallet paid for a tenant's order (the partner price); 0 for a partner's own order. */
  @Property({ type: new BigIntType('number'), default: 0 })
  partnerChargedCents = 0;

  @Property({ type: 'json', nullable: true })
  rejection: StoredRejection | null = null;

  /** Set when a rejected order's claimed numbers were given back to inventory (the reconciler retries until then). */
  @Property({ type: 'timestamptz', nullable: true })
  claimsReleasedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  placedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
