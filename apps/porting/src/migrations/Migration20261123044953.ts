import { Migration } from '@mikro-orm/migrations';

export class Migration20261123044953 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "porting";`);
    this.addSql(
      `create table "porting"."dead_letters" ("id" bigserial primary key, "consumer" text not null, "event_id" text not null, "event_type" text not null, "subject" text not null, "payload" text not null, "error" text not null, "attempts" int not null, "failed_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "porting"."dead_letters" add constraint "dead_letters_consumer_event_id_unique" unique ("consumer", "event_id");`,
    );

    this.addSql(
      `create table "porting"."inbox_records" ("consumer" text not null, "event_id" text not null, "event_type" text not null, "processed_at" timestamptz not null, constraint "inbox_records_pkey" primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "porting"."outbox_events" ("id" text not null, "type" text not null, "envelope" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "publish_attempts" int not null default 0, "last_error" text null, constraint "outbox_events_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_events_unpublished_idx" on "porting"."outbox_events" ("occurred_at") where "published_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "porting"."dead_letters" cascade;`);

    this.addSql(`drop table if exists "porting"."inbox_records" cascade;`);

    this.addSql(`drop table if exists "porting"."outbox_events" cascade;`);

    this.addSql(`drop schema if exists "porting";`);
  }
}
