import { Migration } from '@mikro-orm/migrations';

/**
 * What each number can do (from number.activated / number.porting_in), so messaging is enabled only on
 * numbers with SMS. Null: projected before routing kept capabilities (unknown).
 */
export class Migration20261207230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "routing"."numbers" add column "capabilities" text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "routing"."numbers" drop column if exists "capabilities";`);
  }
}
