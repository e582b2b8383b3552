import { Migration } from '@mikro-orm/migrations';

export class Migration20261208010856 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notifications"."events" add column "traceparent" text null;`);

    this.addSql(`alter table "notifications"."webhook_attempts" add column "trace_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notifications"."events" drop column "traceparent";`);

    this.addSql(`alter table "notifications"."webhook_attempts" drop column "trace_id";`);
  }
}
