import { Migration } from '@mikro-orm/migrations';

/** Accounts that owe unpaid usage (from ordering's wallet.debt_changed): resolve refuses their new non-emergency calls. */
export class Migration20261207200000 extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`create table "routing"."account_debts" ("account_id" text not null, "owed_cents" bigint not null, "currency" text not null, "sequence" int not null, "changed_at" timestamptz not null,
      constraint "account_debts_pkey" primary key ("account_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routing"."account_debts";`);
  }
}
