import { Migration } from '@mikro-orm/migrations';

export class Migration20261201191728 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ordering"."billing_periods" add column "request_key" text null;`);
    this.addSql(
      `alter table "ordering"."billing_periods" add constraint "billing_periods_request_key_unique" unique ("number_id", "request_key");`,
    );
    this.addSql(
      `create index "subscriptions_due_order_idx" on "ordering"."subscriptions" ("paid_until", "number_id") where "status" <> 'ended';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ordering"."subscriptions_due_order_idx";`);
    this.addSql(`alter table "ordering"."billing_periods" drop constraint "billing_periods_request_key_unique";`);
    this.addSql(`alter table "ordering"."billing_periods" drop column "request_key";`);
  }
}
