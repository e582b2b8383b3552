import { Migration } from '@mikro-orm/migrations';

/** Orders are idempotent on their reference (the platform sends its own order id), and disconnects are recorded. */
export class Migration20261201191510 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "carrier_sandbox"."disconnects" ("id" text not null, "reference" text null, "numbers" text[] not null, "disconnected_at" timestamptz not null, constraint "disconnects_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "carrier_sandbox"."disconnects" add constraint "disconnects_reference_unique" unique ("reference");`,
    );

    this.addSql(
      `alter table "carrier_sandbox"."orders" add constraint "orders_reference_unique" unique ("reference");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "carrier_sandbox"."disconnects" cascade;`);

    this.addSql(`alter table "carrier_sandbox"."orders" drop constraint "orders_reference_unique";`);
  }
}
