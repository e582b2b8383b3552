import { Migration } from '@mikro-orm/migrations';

/**
 * Endpoint leases instead of row leases: the worker that holds an endpoint reads its due deliveries without
 * writing them, so a delivery row is written twice (created, recorded) instead of three times.
 * Leases held on rows at the upgrade are dropped with the columns: those deliveries are sent again (same webhook-id).
 */
export class Migration20261202035352 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notifications"."webhook_endpoint_leases" ("endpoint_id" text not null, "leased_by" text not null, "leased_until" timestamptz not null, constraint "webhook_endpoint_leases_pkey" primary key ("endpoint_id"));`,
    );

    this.addSql(`drop index "notifications"."webhook_deliveries_leased_idx";`);
    this.addSql(
      `alter table "notifications"."webhook_deliveries" drop column "leased_until", drop column "leased_by";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications"."webhook_endpoint_leases" cascade;`);

    this.addSql(
      `alter table "notifications"."webhook_deliveries" add column "leased_until" timestamptz null, add column "leased_by" text null;`,
    );
    this.addSql(
      `create index "webhook_deliveries_leased_idx" on "notifications"."webhook_deliveries" ("endpoint_id", "leased_until") where "leased_until" is not null;`,
    );
  }
}
