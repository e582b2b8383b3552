import { ArrayType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Capability, NumberReleaseReason, NumberState, NumberType } from '@did/contracts';

/**
 * States a searchable number can be in. Partial indexes cover only these rows, and every search
 * repeats this predicate literally so the planner can use them; whether a `reserved` or `aging` row
 * is free right now is decided per query against the clock (see searchableAt).
 */
export const SEARCHABLE_STATES_SQL = `"state" in ('available', 'reserved', 'aging')`;

const partial = (name: string, columns: string) => ({
  name,
  expression: (table: { schema?: string; name: string }) =>
    `create index "${name}" on "${table.schema}"."${table.name}" ${columns} where ${SEARCHABLE_STATES_SQL}`,
});

/**
 * Every number the platform knows, whoever holds it. Searches and reservations use SQL directly
 * (row locks, keyset paging, COPY); this entity defines the table for migrations and simple reads.
 */
@Entity({ tableName: 'numbers' })
@Index(partial('numbers_search_type_idx', '("country_code", "number_type", "e164")'))
// Area-code searches are paged in e164 order: with the order column right after ndc the planner walks
// only that area code instead of the whole primary key (1M rows: 120 ms -> well under 1 ms per page).
@Index(partial('numbers_search_ndc_idx', '("country_code", "ndc", "e164")'))
@Index(partial('numbers_search_locality_idx', '("country_code", lower("locality"), "e164")'))
@Index(partial('numbers_search_rate_center_idx', '("country_code", lower("rate_center"), "e164")'))
// Trigram GIN: contains, ends_with and vanity patterns are LIKE '%...%' and would otherwise scan every row.
@Index(partial('numbers_search_national_trgm_idx', 'using gin ("national_number" public.gin_trgm_ops)'))
@Index({
  name: 'numbers_reserved_by_idx',
  expression: (table) =>
    `create index "numbers_reserved_by_idx" on "${table.schema}"."${table.name}" ("reserved_by_account_id") where "state" = 'reserved'`,
})
@Index({ name: 'numbers_reservation_idx', properties: ['reservationId'] })
// Owned-number lists (GET /v1/numbers) page in e164 order per owner, partner and assigned tenant.
@Index({
  name: 'numbers_owner_idx',
  expression: (t) =>
    `create index "numbers_owner_idx" on "${t.schema}"."${t.name}" ("owner_account_id", "e164") where "owner_account_id" is not null`,
})
@Index({
  name: 'numbers_owner_partner_idx',
  expression: (t) =>
    `create index "numbers_owner_partner_idx" on "${t.schema}"."${t.name}" ("owner_partner_id", "e164") where "owner_partner_id" is not null`,
})
@Index({
  name: 'numbers_tenant_idx',
  expression: (t) =>
    `create index "numbers_tenant_idx" on "${t.schema}"."${t.name}" ("tenant_account_id", "e164") where "tenant_account_id" is not null`,
})
@Index({
  name: 'numbers_connection_idx',
  expression: (t) =>
    `create index "numbers_connection_idx" on "${t.schema}"."${t.name}" ("connection_id") where "connection_id" is not null`,
})
// Partial: only owned numbers carry these, so a million rows in stock cost the ingest nothing here.
@Unique({
  name: 'numbers_number_id_unique',
  expression: (table: { schema?: string; name: string }) =>
    `create unique index "numbers_number_id_unique" on "${table.schema}"."${table.name}" ("number_id") where "number_id" is not null`,
})
// The sweeper's restock of numbers done aging: without it, a pass every 15 s read the whole registry.
@Index({
  name: 'numbers_aging_idx',
  expression: (t) =>
    `create index "numbers_aging_idx" on "${t.schema}"."${t.name}" ("aging_until") where "state" = 'aging'`,
})
@Index({
  name: 'numbers_purchase_order_idx',
  expression: (table) =>
    `create index "numbers_purchase_order_idx" on "${table.schema}"."${table.name}" ("purchase_order_id") where "purchase_order_id" is not null`,
})
export class PhoneNumber {
  @PrimaryKey({ type: 'text' })
  e164!: string;

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

  /** National destination code: the NANP area code, a UK area code, ... */
  @Property({ type: 'text', nullable: true })
  ndc: string | null = null;

  @Property({ type: 'text', nullable: true })
  nxx: string | null = null;

  /** The number without its country calling code, digits only: what starts_with/contains/pattern match. */
  @Property({ type: 'text' })
  nationalNumber!: string;

  /** text[] rather than a bitmask: readable in SQL and events, and with four values the filter is a cheap recheck after a geographic index. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  capabilities!: Capability[];

  @Property({ type: 'text' })
  carrier!: string;

  @Property({ type: 'integer' })
  wholesaleSetupCents!: number;

  @Property({ type: 'integer' })
  wholesaleMonthlyCents!: number;

  @Property({ type: 'text' })
  wholesaleCurrency!: string;

  @Property({ type: 'text' })
  state!: NumberState;

  /** The owned number's id (`pn_...`): minted when an order claims the number, a new one for every sale. */
  @Property({ type: 'text', nullable: true })
  numberId: string | null = null;

  @Property({ type: 'text', nullable: true })
  ownerAccountId: string | null = null;

  /** The owner's partner (null when a partner owns it itself): a partner sees and releases its tenants' numbers. */
  @Property({ type: 'text', nullable: true })
  ownerPartnerId: string | null = null;

  /** Ordering's order that claimed the number (set at claim, kept while owned). */
  @Property({ type: 'text', nullable: true })
  purchaseOrderId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  /** When its owner last released it (kept through aging; cleared when it is claimed again). */
  @Property({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  releaseReason: NumberReleaseReason | null = null;

  @Property({ type: 'text', nullable: true })
  tenantAccountId: string | null = null;

  @Property({ type: 'text', nullable: true })
  connectionId: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  tags: string[] = [];

  @Property({ type: 'text', nullable: true })
  customerReference: string | null = null;

  /** The owner's free-text description of the number. */
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** How the owner got it: bought here (`purchased`) or ported in from another carrier (`ported`). */
  @Property({ type: 'text', default: 'purchased' })
  source: 'purchased' | 'ported' = 'purchased';

  /** When the current owner's order claimed it (or its port order brought it in). */
  @Property({ type: 'timestamptz', nullable: true })
  purchasedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reservedByAccountId: string | null = null;

  @Property({ type: 'text', nullable: true })
  reservationId: string | null = null;

  /** End of the current hold; from this instant on the number is free again, whether or not the sweeper ran. */
  @Property({ type: 'timestamptz', nullable: true })
  reservedUntil: Date | null = null;

  /** A released number is not sold again before this instant. */
  @Property({ type: 'timestamptz', nullable: true })
  agingUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
