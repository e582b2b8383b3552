import { Migration } from '@mikro-orm/migrations';

export class Migration20261208010733 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "inventory"."carrier_orders" add column "traceparent" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inventory"."carrier_orders" drop column "traceparent";`);
  }
}
