import { Migration } from '@mikro-orm/migrations';

export class Migration20261201191350 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ordering"."billing_periods" ("number_id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "kind" text not null, "account_id" text not null, "amount_cents" int not null, "partner_amount_cents" int not null default 0, "charged_at" timestamptz not null, constraint "billing_periods_pkey" primary key ("number_id", "period_start"));`,
    );

    this.addSql(
      `create table "ordering"."low_balance_notices" ("wallet_id" text not null, "due_at" timestamptz not null, "days_before" int not null, "notified_at" timestamptz not null, constraint "low_balance_notices_pkey" primary key ("wallet_id", "due_at", "days_before"));`,
    );

    this.addSql(
      `create table "ordering"."number_orders" ("id" text not null, "account_id" text not null, "partner_id" text null, "idempotency_key" text not null, "request_hash" text not null, "status" text not null, "country_code" text not null, "number_type" text not null, "currency" text not null, "customer_reference" text null, "auto_renew" boolean not null, "total_charged_cents" bigint not null default 0, "total_refunded_cents" bigint not null default 0, "partner_charged_cents" bigint not null default 0, "rejection" jsonb null, "claims_released_at" timestamptz null, "placed_at" timestamptz null, "completed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "number_orders_pkey" primary key ("id"), constraint number_orders_status check (status in ('placing', 'rejected', 'pending', 'success', 'partial_success', 'failure')));`,
    );
    this.addSql(
      `create index "number_orders_unfinished_idx" on "ordering"."number_orders" ("created_at") where "status" in ('placing', 'rejected') and "claims_released_at" is null;`,
    );
    this.addSql(
      `create index "number_orders_account_idx" on "ordering"."number_orders" ("account_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "ordering"."number_orders" add constraint "number_orders_account_key_unique" unique ("account_id", "idempotency_key");`,
    );

    this.addSql(
      `create table "ordering"."order_numbers" ("order_id" text not null, "e164" text not null, "number_id" text not null, "status" text not null, "capabilities" text[] not null, "setup_cents" int not null, "monthly_cents" int not null, "partner_setup_cents" int not null default 0, "partner_monthly_cents" int not null default 0, "is_trial" boolean not null default false, "minimum_commitment_months" int not null default 0, "error_code" text null, "error_message" text null, "activated_at" timestamptz null, "refunded_at" timestamptz null, constraint "order_numbers_pkey" primary key ("order_id", "e164"), constraint order_numbers_status check (status in ('pending', 'success', 'failure')));`,
    );
    this.addSql(`create index "order_numbers_number_id_idx" on "ordering"."order_numbers" ("number_id");`);

    this.addSql(
      `create table "ordering"."subscriptions" ("number_id" text not null, "e164" text not null, "account_id" text not null, "partner_id" text null, "order_id" text not null, "currency" text not null, "setup_cents" int not null, "monthly_cents" int not null, "partner_monthly_cents" int not null default 0, "is_trial" boolean not null default false, "minimum_commitment_months" int not null default 0, "status" text not null, "auto_renew" boolean not null, "cancel_at_period_end" boolean not null default false, "billing_started_at" timestamptz not null, "last_billed_at" timestamptz not null, "paid_until" timestamptz not null, "next_retry_at" timestamptz null, "failed_attempts" int not null default 0, "ended_at" timestamptz null, "end_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "subscriptions_pkey" primary key ("number_id"), constraint subscriptions_status check (status in ('active', 'past_due', 'ended')));`,
    );
    this.addSql(
      `create index "subscriptions_due_idx" on "ordering"."subscriptions" ("paid_until") where "status" <> 'ended';`,
    );
    this.addSql(`create index "subscriptions_account_idx" on "ordering"."subscriptions" ("account_id", "paid_until");`);

    this.addSql(`alter table "ordering"."price_lists" add column "minimum_commitment_months" int not null default 0;`);

    this.addSql(`alter table "ordering"."wallets" add column "trial_number_available" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ordering"."billing_periods" cascade;`);

    this.addSql(`drop table if exists "ordering"."low_balance_notices" cascade;`);

    this.addSql(`drop table if exists "ordering"."number_orders" cascade;`);

    this.addSql(`drop table if exists "ordering"."order_numbers" cascade;`);

    this.addSql(`drop table if exists "ordering"."subscriptions" cascade;`);

    this.addSql(`alter table "ordering"."price_lists" drop column "minimum_commitment_months";`);

    this.addSql(`alter table "ordering"."wallets" drop column "trial_number_available";`);
  }
}
