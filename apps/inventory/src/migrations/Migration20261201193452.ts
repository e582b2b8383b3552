import { Migration } from '@mikro-orm/migrations';

export class Migration20261201193452 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inventory"."connections" ("id" text not null, "account_id" text not null, "partner_id" text null, "name" text not null, "is_default" boolean not null default false, "active" boolean not null default true, "webhook_event_url" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "connections_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "connections_one_default_unique" on "inventory"."connections" ("account_id") where "is_default";`,
    );
    this.addSql(
      `create index "connections_account_idx" on "inventory"."connections" ("account_id", "created_at", "id");`,
    );

    this.addSql(
      `alter table "inventory"."numbers" add column "description" text null, add column "source" text not null default 'purchased', add column "purchased_at" timestamptz null;`,
    );
    this.addSql(
      `create index "numbers_connection_idx" on "inventory"."numbers" ("connection_id") where "connection_id" is not null;`,
    );
    this.addSql(
      `create index "numbers_tenant_idx" on "inventory"."numbers" ("tenant_account_id", "e164") where "tenant_account_id" is not null;`,
    );
    this.addSql(
      `create index "numbers_owner_partner_idx" on "inventory"."numbers" ("owner_partner_id", "e164") where "owner_partner_id" is not null;`,
    );
    this.addSql(
      `create index "numbers_owner_idx" on "inventory"."numbers" ("owner_account_id", "e164") where "owner_account_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inventory"."connections" cascade;`);

    this.addSql(`drop index "inventory"."numbers_connection_idx";`);
    this.addSql(`drop index "inventory"."numbers_tenant_idx";`);
    this.addSql(`drop index "inventory"."numbers_owner_partner_idx";`);
    this.addSql(`drop index "inventory"."numbers_owner_idx";`);
    this.addSql(
      `alter table "inventory"."numbers" drop column "description", drop column "source", drop column "purchased_at";`,
    );
  }
}
