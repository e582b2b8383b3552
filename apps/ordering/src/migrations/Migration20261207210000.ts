import { Migration } from '@mikro-orm/migrations';

/** Operators change the platform price list through the API: each change of a row, with the time it takes effect. */
export class Migration20261207210000 extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`create table "ordering"."price_list_changes" ("id" text not null, "country_code" text not null, "number_type" text not null, "currency" text not null,
      "effective_at" timestamptz not null, "changes" jsonb not null, "status" text not null, "applied_at" timestamptz null, "created_at" timestamptz not null,
      constraint "price_list_changes_pkey" primary key ("id"), constraint "price_list_changes_status" check (status in ('scheduled', 'applied', 'cancelled')));`);
    this.addSql(
      `create index "price_list_changes_due_idx" on "ordering"."price_list_changes" ("effective_at", "id") where "status" = 'scheduled';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ordering"."price_list_changes";`);
  }
}
