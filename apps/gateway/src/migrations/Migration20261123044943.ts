import { Migration } from '@mikro-orm/migrations';

export class Migration20261123044943 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "gateway";`);
    this.addSql(
      `create table "gateway"."accounts" ("id" text not null, "type" text check ("type" in ('partner', 'tenant')) not null, "parent_id" text null, "name" text not null, "email" text null, "currency" text check ("currency" in ('USD', 'GBP', 'INR', 'CAD')) not null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "external_reference" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "accounts_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "accounts_parent_id_index" on "gateway"."accounts" ("parent_id");`);

    this.addSql(
      `create table "gateway"."api_keys" ("id" text not null, "account_id" text not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_keys_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_keys_account_id_index" on "gateway"."api_keys" ("account_id");`);
    this.addSql(
      `alter table "gateway"."api_keys" add constraint "api_keys_secret_hash_unique" unique ("secret_hash");`,
    );

    this.addSql(
      `create table "gateway"."dead_letters" ("id" bigserial primary key, "consumer" text not null, "event_id" text not null, "event_type" text not null, "subject" text not null, "payload" text not null, "error" text not null, "attempts" int not null, "failed_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "gateway"."dead_letters" add constraint "dead_letters_consumer_event_id_unique" unique ("consumer", "event_id");`,
    );

    this.addSql(
      `create table "gateway"."idempotency_records" ("scope" text not null, "key" text not null, "fingerprint" text not null, "state" text check ("state" in ('in_progress', 'completed')) not null, "locked_until" timestamptz not null, "response_status" int null, "response_headers" jsonb null, "response_body" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "idempotency_records_pkey" primary key ("scope", "key"));`,
    );
    this.addSql(
      `create index "idempotency_records_expires_at_index" on "gateway"."idempotency_records" ("expires_at");`,
    );

    this.addSql(
      `create table "gateway"."inbox_records" ("consumer" text not null, "event_id" text not null, "event_type" text not null, "processed_at" timestamptz not null, constraint "inbox_records_pkey" primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "gateway"."outbox_events" ("id" text not null, "type" text not null, "envelope" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "publish_attempts" int not null default 0, "last_error" text null, constraint "outbox_events_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_events_unpublished_idx" on "gateway"."outbox_events" ("occurred_at") where "published_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gateway"."accounts" cascade;`);

    this.addSql(`drop table if exists "gateway"."api_keys" cascade;`);

    this.addSql(`drop table if exists "gateway"."dead_letters" cascade;`);

    this.addSql(`drop table if exists "gateway"."idempotency_records" cascade;`);

    this.addSql(`drop table if exists "gateway"."inbox_records" cascade;`);

    this.addSql(`drop table if exists "gateway"."outbox_events" cascade;`);

    this.addSql(`drop schema if exists "gateway";`);
  }
}
