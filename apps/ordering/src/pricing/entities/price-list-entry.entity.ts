import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row of the platform price list: what a partner pays for itself for a number of (country, type)
 * in `currency`, integer minor units. Seeded by a migration; a change is a new value here, and every
 * quote and search reads it fresh (inventory caches it a few seconds at most).
 */
@Entity({ tableName: 'price_lists' })
@Check({
  name: 'price_lists_non_negative',
  expression:
    'setup_cents >= 0 and monthly_cents >= 0 and per_minute_cents >= 0 and connection_cents >= 0 and lookup_carrier_cents >= 0 and lookup_caller_name_cents >= 0',
})
export class PriceListEntry {
  @PrimaryKey({ type: 'text' })
  countryCode!: string;

  @PrimaryKey({ type: 'text' })
  numberType!: string;

  @PrimaryKey({ type: 'text' })
  currency!: string;

  @Property({ type: 'integer' })
  setupCents!: number;

  @Property({ type: 'integer' })
  monthlyCents!: number;

  @Property({ type: 'integer' })
  perMinuteCents!: number;

  @Property({ type: 'integer' })
  connectionCents!: number;

  @Property({ type: 'integer' })
  lookupCarrierCents!: number;

  @Property({ type: 'integer' })
  lookupCallerNameCents!: number;

  /** Months a number must be kept once bought; releasing it earlier is refused (0: none). */
  @Property({ type: 'integer', default: 0 })
  minimumCommitmentMonths = 0;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
