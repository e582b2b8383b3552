import { Migration } from '@mikro-orm/migrations';

export class Migration20261123053819 extends Migration {
  override async up(): Promise<void> {
    // Trigram indexes let contains/ends_with/vanity LIKE '%...%' searches use an index (edited in by hand: the generator does not know extensions).
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(
      `create table "inventory"."numbers" ("e164" text not null, "country_code" text not null, "number_type" text not null, "region" text null, "locality" text null, "rate_center" text null, "ndc" text null, "nxx" text null, "national_number" text not null, "capabilities" text[] not null, "carrier" text not null, "wholesale_setup_cents" int not null, "wholesale_monthly_cents" int not null, "wholesale_currency" text not null, "state" text not null, "owner_account_id" text null, "tenant_account_id" text null, "connection_id" text null, "tags" text[] not null default '{}', "customer_reference" text null, "reserved_by_account_id" text null, "reservation_id" text null, "reserved_until" timestamptz null, "aging_until" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "numbers_pkey" primary key ("e164"));`,
    );
    this.addSql(`create index "numbers_reservation_idx" on "inventory"."numbers" ("reservation_id");`);
    this.addSql(
      `create index "numbers_reserved_by_idx" on "inventory"."numbers" ("reserved_by_account_id") where "state" = 'reserved';`,
    );
    this.addSql(
      `create index "numbers_search_national_trgm_idx" on "inventory"."numbers" using gin ("national_number" public.gin_trgm_ops) where "state" in ('available', 'reserved', 'aging');`,
    );
    this.addSql(
      `create index "numbers_search_rate_center_idx" on "inventory"."numbers" ("country_code", lower("rate_center"), "e164") where "state" in ('available', 'reserved', 'aging');`,
    );
    this.addSql(
      `create index "numbers_search_locality_idx" on "inventory"."numbers" ("country_code", lower("locality"), "e164") where "state" in ('available', 'reserved', 'aging');`,
    );
    this.addSql(
      `create index "numbers_search_ndc_idx" on "inventory"."numbers" ("country_code", "ndc", "nxx", "e164") where "state" in ('available', 'reserved', 'aging');`,
    );
    this.addSql(
      `create index "numbers_search_type_idx" on "inventory"."numbers" ("country_code", "number_type", "e164") where "state" in ('available', 'reserved', 'aging');`,
    );

    this.addSql(
      `create table "inventory"."reservations" ("id" text not null, "account_id" text not null, "partner_id" text null, "status" text not null, "phone_numbers" text[] not null, "customer_reference" text null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "reservations_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "reservations_pending_expiry_idx" on "inventory"."reservations" ("expires_at") where "status" = 'pending';`,
    );
    this.addSql(
      `create index "reservations_account_idx" on "inventory"."reservations" ("account_id", "created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inventory"."numbers" cascade;`);

    this.addSql(`drop table if exists "inventory"."reservations" cascade;`);
  }
}
