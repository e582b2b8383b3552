import { Migration } from '@mikro-orm/migrations';

/** Area-code searches page in e164 order: (country_code, ndc, e164) lets the planner walk one area code in order. */
export class Migration20261123061708 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "inventory"."numbers_search_ndc_idx";`);
    this.addSql(
      `create index "numbers_search_ndc_idx" on "inventory"."numbers" ("country_code", "ndc", "e164") where "state" in ('available', 'reserved', 'aging');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "inventory"."numbers_search_ndc_idx";`);
    this.addSql(
      `create index "numbers_search_ndc_idx" on "inventory"."numbers" ("country_code", "ndc", "nxx", "e164") where "state" in ('available', 'reserved', 'aging');`,
    );
  }
}
