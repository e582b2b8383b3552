import { Migration } from '@mikro-orm/migrations';

export class Migration20261201193848 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "routing"."account_defaults" ("account_id" text not null, "cnam_display_name" text null, "unconfigured_number" jsonb not null, "recording" boolean not null, "max_channels" int not null, "updated_at" timestamptz not null, constraint "account_defaults_pkey" primary key ("account_id"));`,
    );

    this.addSql(
      `create table "routing"."emergency_addresses" ("id" text not null, "account_id" text not null, "partner_id" text null, "street_address" text not null, "extended_address" text null, "locality" text not null, "administrative_area" text not null, "postal_code" text not null, "country_code" text not null, "created_at" timestamptz not null, "deleted_at" timestamptz null, constraint "emergency_addresses_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "emergency_addresses_partner_idx" on "routing"."emergency_addresses" ("partner_id");`);
    this.addSql(`create index "emergency_addresses_account_idx" on "routing"."emergency_addresses" ("account_id");`);

    this.addSql(
      `create table "routing"."number_compliance" ("number_id" text not null, "end_user" jsonb not null, "document_ids" jsonb not null, "status" text not null, "missing" jsonb not null, "updated_at" timestamptz not null, constraint "number_compliance_pkey" primary key ("number_id"));`,
    );

    this.addSql(
      `create table "routing"."number_emergency" ("number_id" text not null, "status" text not null, "emergency_address_id" text null, "failure_reason" text null, "request_id" text not null, "requested_at" timestamptz not null, "due_at" timestamptz null, "attempts" int not null default 0, "updated_at" timestamptz not null, constraint "number_emergency_pkey" primary key ("number_id"), constraint number_emergency_status_check check (status in ('provisioning', 'active', 'failed', 'deprovisioning', 'disabled')));`,
    );
    this.addSql(`create index "number_emergency_due_idx" on "routing"."number_emergency" ("due_at");`);
    this.addSql(
      `create index "number_emergency_address_idx" on "routing"."number_emergency" ("emergency_address_id");`,
    );

    this.addSql(
      `create table "routing"."number_settings" ("number_id" text not null, "cnam_display_name" text null, "cnam_lookup_enabled" boolean not null default false, "caller_id" text null, "tech_prefix_enabled" boolean not null default false, "inbound_call_screening" text not null default 'disabled', "messaging_enabled" boolean not null default false, "recording" boolean null, "max_channels" int null, "voice_destination" jsonb null, "sms_routing" jsonb null, "updated_at" timestamptz not null, constraint "number_settings_pkey" primary key ("number_id"), constraint number_settings_max_channels_check check (max_channels is null or max_channels >= 1), constraint number_settings_screening_check check (inbound_call_screening in ('disabled', 'flag_calls', 'reject_calls')));`,
    );

    this.addSql(
      `create table "routing"."numbers" ("number_id" text not null, "e164" text not null, "owner_account_id" text not null, "owner_partner_id" text null, "tenant_account_id" text null, "status" text not null, "country_code" text not null, "number_type" text null, "connection_id" text null, "activated_at" timestamptz null, "released_at" timestamptz null, "updated_at" timestamptz not null, constraint "numbers_pkey" primary key ("number_id"), constraint numbers_status_check check (status in ('pending', 'active', 'porting_in', 'released')));`,
    );
    this.addSql(`create index "numbers_e164_idx" on "routing"."numbers" ("e164");`);
    this.addSql(`create index "numbers_tenant_idx" on "routing"."numbers" ("tenant_account_id");`);
    this.addSql(`create index "numbers_owner_idx" on "routing"."numbers" ("owner_account_id");`);
    // Hand-written (the snapshot cannot express them): one live row per E.164 (a resold number is a new
    // id once the old one is released), and the E911 loop's queue of due work.
    this.addSql(
      `create unique index "numbers_live_e164_unique" on "routing"."numbers" ("e164") where status <> 'released';`,
    );
    this.addSql(
      `create index "number_emergency_work_idx" on "routing"."number_emergency" ("due_at") where status in ('provisioning', 'deprovisioning');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routing"."account_defaults" cascade;`);

    this.addSql(`drop table if exists "routing"."emergency_addresses" cascade;`);

    this.addSql(`drop table if exists "routing"."number_compliance" cascade;`);

    this.addSql(`drop table if exists "routing"."number_emergency" cascade;`);

    this.addSql(`drop table if exists "routing"."number_settings" cascade;`);

    this.addSql(`drop table if exists "routing"."numbers" cascade;`);
  }
}
