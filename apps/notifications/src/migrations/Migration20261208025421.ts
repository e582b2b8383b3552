import { Migration } from '@mikro-orm/migrations';

export class Migration20261208025421 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notifications"."events" add column "request_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notifications"."events" drop column "request_id";`);
  }
}
