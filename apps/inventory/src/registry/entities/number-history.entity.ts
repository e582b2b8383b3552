import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Capability, NumberReleaseReason, NumberType } from '@did/contracts';

/** How an ownership ended. WARNING: persisted; `get` maps it to the status a client sees. */
export const NumberOutcome = { Released: 'released', PurchaseFailed: 'purchase_failed' } as const;
export type NumberOutcome = (typeof NumberOutcome)[keyof typeof NumberOutcome];

/**
 * One ended ownership of a number (released, or a purchase that failed), kept with its owner. The
 * registry row forgets its owner when the number ages and is sold again under a new number id; this
 * keeps every old number id readable by the account that had it (status `released` or
 * `purchase_failed`), and never by anyone else.
 */
@Entity({ tableName: 'number_history' })
@Index({ name: 'number_history_e164_idx', properties: ['e164', 'endedAt'] })
export class NumberHistory {
  @PrimaryKey({ type: 'text' })
  numberId!: string;

  @Property({ type: 'text' })
  e164!: string;

  @Property({ type: 'text' })
  outcome!: NumberOutcome;

  @Property({ type: 'text' })
  ownerAccountId!: string;

  @Property({ type: 'text', nullable: true })
  ownerPartnerId: string | null = null;

  @Property({ type: 'text', nullable: true })
  tenantAccountId: string | null = null;

  @Property({ type: 'text', nullable: true })
  orderId: string | null = null;

  @Property({ type: 'text' })
  countryCode!: string;

  @Property({ type: 'text' })
  numberType!: NumberType;

  @Property({ type: 'text', nullable: true })
  region: string | null = null;

  @Property({ type: 'text', nullable: true })
  locality: string | null = null;

  @Property({ type: 'text', nullable: true })
  rateCenter: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]' })
  capabilities!: Capability[];

  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  endedAt!: Date;

  @Property({ type: 'text', nullable: true })
  releaseReason: NumberReleaseReason | null = null;

  @Property({ type: 'text', nullable: true })
  failureCode: string | null = null;
}
