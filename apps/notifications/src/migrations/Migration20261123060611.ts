import { Migration } from '@mikro-orm/migrations';

export class Migration20261123060611 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notifications"."webhook_deliveries" add column "leased_by" text null;`);
    this.addSql(`drop index "notifications"."webhook_deliveries_due_idx";`);

    this.addSql(
      `create index "webhook_deliveries_leased_idx" on "notifications"."webhook_deliveries" ("endpoint_id", "leased_until") where "status" = 'pending' and "leased_until" is not null;`,
    );
    this.addSql(
      `create index "webhook_deliveries_pending_idx" on "notifications"."webhook_deliveries" ("endpoint_id", "next_attempt_at") where "status" = 'pending';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "notifications"."webhook_deliveries_leased_idx";`);
    this.addSql(`drop index "notifications"."webhook_deliveries_pending_idx";`);

    this.addSql(
      `create index "webhook_deliveries_due_idx" on "notifications"."webhook_deliveries" ("next_attempt_at") where "status" = 'pending';`,
    );
    this.addSql(`alter table "notifications"."webhook_deliveries" drop column "leased_by";`);
  }
}
