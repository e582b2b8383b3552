import { Migration } from '@mikro-orm/migrations';

export class Migration20261208025423 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "inventory"."carrier_orders" add column "request_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inventory"."carrier_orders" drop column "request_id";`);
  }
}
