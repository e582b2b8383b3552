import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A partner's markup for its tenants, scoped to a country and/or number type (null: every one). The
 * set of a partner is replaced as a whole (PUT); one row per scope is enforced by a unique index.
 */
@Entity({ tableName: 'partner_markups' })
@Index({ name: 'partner_markups_partner_idx', properties: ['partnerId'] })
@Check({
  name: 'partner_markups_non_negative',
  expression:
    'percent_basis_points >= 0 and setup_cents >= 0 and monthly_cents >= 0 and per_minute_cents >= 0 and connection_cents >= 0',
})
export class PartnerMarkupRow {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  partnerId!: string;

  @Property({ type: 'text', nullable: true })
  countryCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  numberType: string | null = null;

  @Property({ type: 'integer' })
  percentBasisPoints!: number;

  @Property({ type: 'integer' })
  setupCents!: number;

  @Property({ type: 'integer' })
  monthlyCents!: number;

  @Property({ type: 'integer' })
  perMinuteCents!: number;

  @Property({ type: 'integer' })
  connectionCents!: number;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
