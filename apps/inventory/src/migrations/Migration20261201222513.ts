import { Migration } from '@mikro-orm/migrations';

export class Migration20261201222513 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "numbers_aging_idx" on "inventory"."numbers" ("aging_until") where "state" = 'aging';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "inventory"."numbers_aging_idx";`);
  }
}
