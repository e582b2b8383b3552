import { Migration } from '@mikro-orm/migrations';

/**
 * The usage schema: rated detail records (the record id is the edge's and unique, so a duplicate
 * is a no-op), records held aside with their reason, each number's rates by period, each account's
 * exact accrual (in ticks: 1/60,000,000 of a minor unit, so per-second costs of micro-unit rates stay
 * integers) and the charges made from it.
 */
export class Migration20261207193000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "usage";`);
    this.addSql(
      `create table "usage"."dead_letters" ("id" bigserial primary key, "consumer" text not null, "event_id" text not null, "event_type" text not null, "subject" text not null, "payload" text not null, "error" text not null, "attempts" int not null, "failed_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "usage"."dead_letters" add constraint "dead_letters_consumer_event_id_unique" unique ("consumer", "event_id");`,
    );
    this.addSql(
      `create table "usage"."inbox_records" ("consumer" text not null, "event_id" text not null, "event_type" text not null, "processed_at" timestamptz not null, constraint "inbox_records_pkey" primary key ("consumer", "event_id"));`,
    );
    this.addSql(
      `create table "usage"."outbox_events" ("id" text not null, "type" text not null, "envelope" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "publish_attempts" int not null default 0, "last_error" text null, constraint "outbox_events_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_events_unpublished_idx" on "usage"."outbox_events" ("occurred_at") where "published_at" is null;`,
    );

    this
      .addSql(`create table "usage"."number_rates" ("number_id" text not null, "e164" text not null, "account_id" text not null, "partner_id" text null, "currency" text not null,
      "rates" jsonb not null, "partner_rates" jsonb null, "effective_from" timestamptz not null, "effective_to" timestamptz null,
      constraint "number_rates_pkey" primary key ("number_id", "effective_from"));`);
    this.addSql(`create index "number_rates_e164_idx" on "usage"."number_rates" ("e164", "effective_from");`);

    this
      .addSql(`create table "usage"."usage_records" ("record_id" text not null, "kind" text not null, "e164" text not null, "number_id" text not null,
      "account_id" text not null, "partner_id" text null, "currency" text not null, "direction" text not null, "from_number" text not null, "to_number" text not null,
      "started_at" timestamptz not null, "answered_at" timestamptz null, "ended_at" timestamptz null, "billable_seconds" int not null, "billed_seconds" int not null,
      "parts" int null, "connection_id" text null, "hangup_cause" text null, "cost_ticks" bigint not null, "partner_cost_ticks" bigint null,
      "charge_id" text not null, "partner_charge_id" text null, "rated_at" timestamptz not null,
      constraint "usage_records_pkey" primary key ("record_id"),
      constraint "usage_records_kind" check (kind in ('call', 'message')),
      constraint "usage_records_costs" check (cost_ticks >= 0 and (partner_cost_ticks is null or partner_cost_ticks >= 0)));`);
    this.addSql(
      `create index "usage_records_account_idx" on "usage"."usage_records" ("account_id", "started_at", "record_id");`,
    );
    this.addSql(
      `create index "usage_records_partner_idx" on "usage"."usage_records" ("partner_id", "started_at", "record_id") where "partner_id" is not null;`,
    );
    this.addSql(`create index "usage_records_charge_idx" on "usage"."usage_records" ("charge_id");`);
    this.addSql(
      `create index "usage_records_partner_charge_idx" on "usage"."usage_records" ("partner_charge_id") where "partner_charge_id" is not null;`,
    );

    this
      .addSql(`create table "usage"."held_records" ("id" text not null, "record_id" text null, "e164" text null, "record_time" timestamptz null, "reason" text not null,
      "payload" text not null, "received_at" timestamptz not null, constraint "held_records_pkey" primary key ("id"));`);
    this.addSql(
      `create unique index "held_records_record_id_unique" on "usage"."held_records" ("record_id") where "record_id" is not null;`,
    );
    this.addSql(
      `create index "held_records_e164_idx" on "usage"."held_records" ("e164") where "reason" = 'number_unknown';`,
    );

    // on_behalf_of: '' for an account's own usage; a tenant's id for its partner's platform-price usage of that tenant's records.
    this
      .addSql(`create table "usage"."usage_accruals" ("account_id" text not null, "on_behalf_of" text not null default '', "currency" text not null, "accrued_ticks" numeric(40, 0) not null default 0,
      "charged_cents" bigint not null default 0, "updated_at" timestamptz not null, constraint "usage_accruals_pkey" primary key ("account_id", "on_behalf_of"),
      constraint "usage_accruals_carry" check (charged_cents * 60000000 <= accrued_ticks and accrued_ticks < (charged_cents + 1) * 60000000));`);

    this
      .addSql(`create table "usage"."usage_charges" ("charge_id" text not null, "account_id" text not null, "partner_id" text null, "on_behalf_of" text null, "currency" text not null,
      "amount_cents" bigint not null, "exact_ticks" numeric(40, 0) not null, "record_count" int not null, "first_record_at" timestamptz not null,
      "last_record_at" timestamptz not null, "created_at" timestamptz not null, constraint "usage_charges_pkey" primary key ("charge_id"),
      constraint "usage_charges_amount" check (amount_cents >= 0));`);
    this.addSql(`create index "usage_charges_account_idx" on "usage"."usage_charges" ("account_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "usage" cascade;`);
  }
}
