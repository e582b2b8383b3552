import { Migration } from '@mikro-orm/migrations';

export class Migration20261201191728 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ordering"."billing_periods" add column "request_key" text null;`);
    this.addSql(`alter table "ordering"."billing_periods" add constraint "billing_periods_request_key_unique" unique ("number_id", "request_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ordering"."billing_periods" drop constraint "billing_periods_request_key_unique";`);
    this.addSql(`alter table "ordering"."billing_periods" drop column "request_key";`);
  }

}
