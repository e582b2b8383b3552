import { Migration } from '@mikro-orm/migrations';

/** Buying and releasing numbers: ownership columns on numbers, the claim/carrier-order table, upstream disconnects and the history of ended ownerships. */
export class Migration20261201191757 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inventory"."number_history" ("number_id" text not null, "e164" text not null, "outcome" text not null, "owner_account_id" text not null, "owner_partner_id" text null, "tenant_account_id" text null, "order_id" text null, "country_code" text not null, "number_type" text not null, "region" text null, "locality" text null, "rate_center" text null, "capabilities" text[] not null, "activated_at" timestamptz null, "ended_at" timestamptz not null, "release_reason" text null, "failure_code" text null, constraint "number_history_pkey" primary key ("number_id"));`,
    );
    this.addSql(`create index "number_history_e164_idx" on "inventory"."number_history" ("e164", "ended_at");`);

    this.addSql(
      `create table "inventory"."carrier_disconnects" ("id" text not null, "e164" text not null, "reason" text not null, "number_id" text null, "order_id" text null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "created_at" timestamptz not null, "confirmed_at" timestamptz null, constraint "carrier_disconnects_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "carrier_disconnects_due_idx" on "inventory"."carrier_disconnects" ("next_attempt_at") where "confirmed_at" is null;`,
    );

    this.addSql(
      `create table "inventory"."carrier_orders" ("order_id" text not null, "account_id" text not null, "partner_id" text null, "status" text not null, "numbers" jsonb not null, "carrier_order_id" text null, "submit_attempts" int not null default 0, "failures" int not null default 0, "next_attempt_at" timestamptz null, "deadline_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null, "placed_at" timestamptz null, "completed_at" timestamptz null, "updated_at" timestamptz not null, constraint "carrier_orders_pkey" primary key ("order_id"));`,
    );
    this.addSql(
      `create index "carrier_orders_due_idx" on "inventory"."carrier_orders" ("next_attempt_at") where "status" in ('queued', 'submitted');`,
    );

    this.addSql(
      `alter table "inventory"."numbers" add column "number_id" text null, add column "owner_partner_id" text null, add column "purchase_order_id" text null, add column "activated_at" timestamptz null, add column "released_at" timestamptz null, add column "release_reason" text null;`,
    );
    this.addSql(
      `create index "numbers_purchase_order_idx" on "inventory"."numbers" ("purchase_order_id") where "purchase_order_id" is not null;`,
    );
    this.addSql(
      `create unique index "numbers_number_id_unique" on "inventory"."numbers" ("number_id") where "number_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inventory"."number_history" cascade;`);

    this.addSql(`drop table if exists "inventory"."carrier_disconnects" cascade;`);

    this.addSql(`drop table if exists "inventory"."carrier_orders" cascade;`);

    this.addSql(`drop index "inventory"."numbers_purchase_order_idx";`);
    this.addSql(`drop index if exists "inventory"."numbers_number_id_unique";`);
    this.addSql(
      `alter table "inventory"."numbers" drop column "number_id", drop column "owner_partner_id", drop column "purchase_order_id", drop column "activated_at", drop column "released_at", drop column "release_reason";`,
    );
  }
}
