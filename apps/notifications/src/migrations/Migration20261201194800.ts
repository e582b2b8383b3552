import { Migration } from '@mikro-orm/migrations';

/** The leased-rows index without status in its predicate (only pending rows hold a lease), so the claim's count of them cannot be planned on the pending index. */
export class Migration20261201194800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "notifications"."webhook_deliveries_leased_idx";`);
    this.addSql(
      `create index "webhook_deliveries_leased_idx" on "notifications"."webhook_deliveries" ("endpoint_id", "leased_until") where "leased_until" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "notifications"."webhook_deliveries_leased_idx";`);
    this.addSql(
      `create index "webhook_deliveries_leased_idx" on "notifications"."webhook_deliveries" ("endpoint_id", "leased_until") where "status" = 'pending' and "leased_until" is not null;`,
    );
  }
}
