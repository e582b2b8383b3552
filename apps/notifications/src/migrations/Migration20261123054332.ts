import { Migration } from '@mikro-orm/migrations';

export class Migration20261123054332 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notifications"."events" ("id" text not null, "type" text not null, "version" int not null, "account_id" text not null, "partner_id" text null, "connection_id" text null, "occurred_at" timestamptz not null, "data" jsonb not null, "received_at" timestamptz not null, constraint "events_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "events_partner_id_occurred_at_id_index" on "notifications"."events" ("partner_id", "occurred_at", "id");`,
    );
    this.addSql(
      `create index "events_account_id_occurred_at_id_index" on "notifications"."events" ("account_id", "occurred_at", "id");`,
    );

    this.addSql(
      `create table "notifications"."webhook_attempts" ("id" bigserial primary key, "delivery_id" text not null, "attempted_at" timestamptz not null, "status_code" int null, "latency_ms" int not null, "error" text null);`,
    );
    this.addSql(
      `create index "webhook_attempts_delivery_id_attempted_at_index" on "notifications"."webhook_attempts" ("delivery_id", "attempted_at");`,
    );

    this.addSql(
      `create table "notifications"."webhook_deliveries" ("id" text not null, "endpoint_id" text not null, "account_id" text not null, "event_id" text not null, "event_type" text not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null default 'pending', "attempt_count" int not null default 0, "next_attempt_at" timestamptz null, "leased_until" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_deliveries_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_deliveries_due_idx" on "notifications"."webhook_deliveries" ("next_attempt_at") where "status" = 'pending';`,
    );
    this.addSql(
      `create index "webhook_deliveries_account_id_created_at_id_index" on "notifications"."webhook_deliveries" ("account_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "notifications"."webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`,
    );

    this.addSql(
      `create table "notifications"."webhook_endpoints" ("id" text not null, "account_id" text not null, "partner_id" text null, "include_tenants" boolean not null default false, "url" text not null, "event_types" jsonb not null, "connection_id" text null, "description" text null, "enabled" boolean not null default true, "disabled_reason" text null, "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "secret_rotated_at" timestamptz null, "failing_since" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_endpoints_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_endpoints_account_id_index" on "notifications"."webhook_endpoints" ("account_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications"."events" cascade;`);

    this.addSql(`drop table if exists "notifications"."webhook_attempts" cascade;`);

    this.addSql(`drop table if exists "notifications"."webhook_deliveries" cascade;`);

    this.addSql(`drop table if exists "notifications"."webhook_endpoints" cascade;`);
  }
}
