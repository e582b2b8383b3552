import { Migration } from '@mikro-orm/migrations';

export class Migration20261123054722 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "carrier_sandbox"."orders" ("id" text not null, "reference" text null, "callback_url" text null, "status" text not null, "numbers" jsonb not null, "created_at" timestamptz not null, "activates_at" timestamptz not null, "completed_at" timestamptz null, "callback_attempts" int not null default 0, "callback_delivered_at" timestamptz null, "callback_last_error" text null, constraint "orders_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "orders_status_index" on "carrier_sandbox"."orders" ("status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "carrier_sandbox"."orders" cascade;`);
  }
}
