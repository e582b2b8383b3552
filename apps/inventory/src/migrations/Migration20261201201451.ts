import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201451 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inventory"."compliance_gates" ("number_id" text not null, "status" text not null, "missing" jsonb not null, "updated_at" timestamptz not null, "recorded_at" timestamptz not null, constraint "compliance_gates_pkey" primary key ("number_id"));`,
    );

    this.addSql(`alter table "inventory"."carrier_orders" add column "compliance_deadline_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inventory"."compliance_gates" cascade;`);

    this.addSql(`alter table "inventory"."carrier_orders" drop column "compliance_deadline_at";`);
  }
}
