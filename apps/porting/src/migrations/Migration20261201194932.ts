import { Migration } from '@mikro-orm/migrations';

export class Migration20261201194932 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "porting"."document_chunks" ("document_id" text not null, "index" int not null, "account_id" text not null, "data" bytea not null, "created_at" timestamptz not null, constraint "document_chunks_pkey" primary key ("document_id", "index"));`,
    );

    this.addSql(
      `create table "porting"."documents" ("id" text not null, "account_id" text not null, "document_type" text not null, "filename" text null, "content_type" text not null, "size_bytes" int not null, "sha256" text not null, "chunks" int not null, "created_at" timestamptz not null, constraint "documents_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "documents_account_idx" on "porting"."documents" ("account_id", "created_at");`);

    this.addSql(
      `create table "porting"."port_orders" ("id" text not null, "account_id" text not null, "partner_id" text null, "currency" text not null, "parent_order_id" text null, "status" text not null, "country_code" text not null, "losing_carrier" text null, "use" text not null, "end_user" jsonb not null, "requested_foc_date" text not null, "foc_date" text null, "documents" text[] not null default '{}', "comment" text null, "customer_reference" text null, "exception_code" text null, "exception_message" text null, "exception_at" timestamptz null, "submissions" int not null default 0, "fee_submission" int null, "fee_charged_cents" int not null default 0, "fee_refunded_cents" int not null default 0, "carrier_order_id" text null, "carrier_submission" int not null default 0, "carrier_seq_applied" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submitted_at" timestamptz null, "completed_at" timestamptz null, "cancelled_at" timestamptz null, constraint "port_orders_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "port_orders_open_idx" on "porting"."port_orders" ("updated_at") where "status" in ('submitted', 'in_progress', 'approved');`,
    );
    this.addSql(`create index "port_orders_parent_idx" on "porting"."port_orders" ("parent_order_id");`);
    this.addSql(
      `create index "port_orders_account_idx" on "porting"."port_orders" ("account_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "porting"."port_order_numbers" ("order_id" text not null, "e164" text not null, "number_id" text not null, "position" int not null, "number_type" text null, "status" text not null, "portable" boolean null, "fast_portable" boolean null, "not_portable_reason" text null, "status_detail" text null, "fee_cents" int null, "fee_refunded" boolean not null default false, constraint "port_order_numbers_pkey" primary key ("order_id", "e164"));`,
    );

    this.addSql(
      `create table "porting"."port_timeline" ("id" text not null, "order_id" text not null, "at" timestamptz not null, "kind" text not null, "actor" text not null, "from_status" text null, "to_status" text null, "message" text not null, "data" jsonb not null, constraint "port_timeline_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "port_timeline_order_idx" on "porting"."port_timeline" ("order_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "porting"."document_chunks" cascade;`);

    this.addSql(`drop table if exists "porting"."documents" cascade;`);

    this.addSql(`drop table if exists "porting"."port_orders" cascade;`);

    this.addSql(`drop table if exists "porting"."port_order_numbers" cascade;`);

    this.addSql(`drop table if exists "porting"."port_timeline" cascade;`);
  }
}
