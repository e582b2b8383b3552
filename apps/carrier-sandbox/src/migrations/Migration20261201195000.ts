import { Migration } from '@mikro-orm/migrations';

/** Port-in orders: the whole order as JSON (read and written whole, under a row lock), idempotent on the platform's reference. */
export class Migration20261201195000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "carrier_sandbox"."port_orders" ("id" text not null, "reference" text not null, "status" text not null, "doc" jsonb not null, "updated_at" timestamptz not null, constraint "port_orders_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "carrier_sandbox"."port_orders" add constraint "port_orders_reference_unique" unique ("reference");`,
    );
    this.addSql(`create index "port_orders_updated_idx" on "carrier_sandbox"."port_orders" ("updated_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "carrier_sandbox"."port_orders" cascade;`);
  }
}
