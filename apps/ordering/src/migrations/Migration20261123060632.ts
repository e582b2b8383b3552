import { Migration } from '@mikro-orm/migrations';

export class Migration20261123060632 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ordering"."ledger_entries" ("id" text not null, "wallet_id" text not null, "account_id" text not null, "kind" text not null, "amount_cents" bigint not null, "balance_after_cents" bigint not null, "currency" text not null, "sequence" int not null, "reference" text null, "description" text not null, "idempotency_key" text not null, "created_at" timestamptz not null, constraint "ledger_entries_pkey" primary key ("id"), constraint ledger_entries_balance_after_non_negative check (balance_after_cents >= 0), constraint ledger_entries_amount_non_zero check (amount_cents <> 0), constraint ledger_entries_kind check (kind in ('top_up', 'order_charge', 'refund', 'renewal', 'lookup_fee', 'adjustment')));`,
    );
    this.addSql(
      `create index "ledger_entries_account_idx" on "ordering"."ledger_entries" ("account_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "ordering"."ledger_entries" add constraint "ledger_entries_wallet_sequence_unique" unique ("wallet_id", "sequence");`,
    );
    this.addSql(
      `alter table "ordering"."ledger_entries" add constraint "ledger_entries_wallet_key_unique" unique ("wallet_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "ordering"."payments" ("id" text not null, "account_id" text not null, "wallet_id" text not null, "payment_method_id" text not null, "purpose" text not null, "amount_cents" bigint not null, "currency" text not null, "idempotency_key" text not null, "status" text not null, "processor_charge_id" text null, "failure_code" text null, "failure_message" text null, "ledger_entry_id" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "payments_pkey" primary key ("id"), constraint payments_status check (status in ('pending', 'succeeded', 'failed')), constraint payments_amount_positive check (amount_cents > 0));`,
    );
    this.addSql(
      `create index "payments_pending_idx" on "ordering"."payments" ("created_at") where "status" = 'pending';`,
    );
    this.addSql(
      `alter table "ordering"."payments" add constraint "payments_account_key_unique" unique ("account_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "ordering"."payment_methods" ("id" text not null, "account_id" text not null, "brand" text not null, "last4" text not null, "exp_month" smallint not null, "exp_year" smallint not null, "processor_token" text not null, "created_at" timestamptz not null, "deleted_at" timestamptz null, constraint "payment_methods_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_methods_account_idx" on "ordering"."payment_methods" ("account_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "ordering"."sandbox_processor_charges" ("idempotency_key" text not null, "charge_id" text not null, "token" text not null, "amount_cents" bigint not null, "currency" text not null, "status" text not null, "decline_code" text null, "created_at" timestamptz not null, constraint "sandbox_processor_charges_pkey" primary key ("idempotency_key"));`,
    );

    this.addSql(
      `create table "ordering"."wallets" ("id" text not null, "account_id" text not null, "partner_id" text null, "currency" text not null, "balance_cents" bigint not null default 0, "last_sequence" int not null default 0, "auto_recharge_enabled" boolean not null default false, "auto_recharge_threshold_cents" bigint not null default 0, "auto_recharge_amount_cents" bigint not null default 0, "auto_recharge_payment_method_id" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "wallets_pkey" primary key ("id"), constraint wallets_auto_recharge_amounts check (auto_recharge_threshold_cents >= 0 and auto_recharge_amount_cents >= 0), constraint wallets_balance_non_negative check (balance_cents >= 0));`,
    );
    this.addSql(`alter table "ordering"."wallets" add constraint "wallets_account_id_unique" unique ("account_id");`);

    // Hand-written: entries belong to a wallet, and the ledger is append-only (a correction is a new entry).
    this.addSql(
      `alter table "ordering"."ledger_entries" add constraint "ledger_entries_wallet_fk" foreign key ("wallet_id") references "ordering"."wallets" ("id");`,
    );
    this.addSql(
      `create function "ordering"."ledger_entries_immutable"() returns trigger language plpgsql as $$ begin raise exception 'ledger entries are immutable: record a correction as a new entry' using errcode = 'P0001'; end $$;`,
    );
    this.addSql(
      `create trigger "ledger_entries_no_update_or_delete" before update or delete on "ordering"."ledger_entries" for each row execute function "ordering"."ledger_entries_immutable"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ordering"."ledger_entries" cascade;`);
    this.addSql(`drop function if exists "ordering"."ledger_entries_immutable"();`);

    this.addSql(`drop table if exists "ordering"."payments" cascade;`);

    this.addSql(`drop table if exists "ordering"."payment_methods" cascade;`);

    this.addSql(`drop table if exists "ordering"."sandbox_processor_charges" cascade;`);

    this.addSql(`drop table if exists "ordering"."wallets" cascade;`);
  }
}
