import { Migration } from '@mikro-orm/migrations';

/**
 * Usage billing and the reseller's money (issue 15):
 * - exact usage rates on the price list, in micro-units (1/1,000,000 of a minor unit: 0.85 cents a
 *   minute is 850,000), with billing increments; the integer per_minute/connection columns stay as
 *   their rounded-up display (deprecated);
 * - every country priced in every account currency from seeded rows (a fixed seed table, not live FX);
 * - each subscription keeps the usage rates its number was bought at (buyer and partner side);
 * - wallets record what usage they could not pay (owed_cents), settled first by the next top-up;
 * - the ledger gains usage, transfer and tenant_payment (a tenant's payment credited to its partner)
 *   entries, the tenant each partner-side entry is for, and usage_charges makes each rated batch apply once.
 */
export class Migration20261207190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ordering"."price_lists"
      add column "inbound_per_minute_micros" bigint not null default 0,
      add column "outbound_per_minute_micros" bigint not null default 0,
      add column "connect_fee_micros" bigint not null default 0,
      add column "billing_initial_seconds" int not null default 60,
      add column "billing_increment_seconds" int not null default 60,
      add column "message_inbound_micros" bigint not null default 0,
      add column "message_outbound_micros" bigint not null default 0,
      add column "cnam_lookup_micros" bigint not null default 0;`);
    this.addSql(
      `alter table "ordering"."price_lists" add constraint "price_lists_usage_non_negative" check (inbound_per_minute_micros >= 0 and outbound_per_minute_micros >= 0 and connect_fee_micros >= 0 and message_inbound_micros >= 0 and message_outbound_micros >= 0 and cnam_lookup_micros >= 0);`,
    );
    this.addSql(
      `alter table "ordering"."price_lists" add constraint "price_lists_increments" check (billing_initial_seconds between 1 and 3600 and billing_increment_seconds between 1 and 3600);`,
    );
    // Seeded from the rows' own scale: inbound 0.85 of the old whole-cent figure (0.85 US cents a
    // minute), outbound the figure itself, messages and CNAM dips from the lookup fee's scale.
    this.addSql(`update "ordering"."price_lists" set
      "inbound_per_minute_micros" = per_minute_cents * 850000,
      "outbound_per_minute_micros" = per_minute_cents * 1000000,
      "connect_fee_micros" = case when number_type = 'toll_free' then per_minute_cents * 100000 else 0 end,
      "billing_initial_seconds" = case when country_code = 'GB' then 1 else 60 end,
      "billing_increment_seconds" = case when country_code = 'GB' then 1 when country_code = 'IN' then 60 when number_type = 'toll_free' then 6 else 1 end,
      "message_inbound_micros" = lookup_carrier_cents * 250000,
      "message_outbound_micros" = lookup_carrier_cents * 400000,
      "cnam_lookup_micros" = lookup_caller_name_cents * 400000;`);
    // Every country in every currency: rows converted from the country's sale currency by a fixed
    // seed table, once. Operators change them like any other row; nothing converts at run time.
    this
      .addSql(`insert into "ordering"."price_lists" ("country_code", "number_type", "currency", "setup_cents", "monthly_cents", "per_minute_cents", "connection_cents",
        "lookup_carrier_cents", "lookup_caller_name_cents", "minimum_commitment_months", "porting_fee_cents", "inbound_per_minute_micros", "outbound_per_minute_micros",
        "connect_fee_micros", "billing_initial_seconds", "billing_increment_seconds", "message_inbound_micros", "message_outbound_micros", "cnam_lookup_micros", "updated_at")
      select p.country_code, p.number_type, t.code,
        ceil(p.setup_cents * t.per_usd / f.per_usd), ceil(p.monthly_cents * t.per_usd / f.per_usd), ceil(p.per_minute_cents * t.per_usd / f.per_usd), ceil(p.connection_cents * t.per_usd / f.per_usd),
        ceil(p.lookup_carrier_cents * t.per_usd / f.per_usd), ceil(p.lookup_caller_name_cents * t.per_usd / f.per_usd), p.minimum_commitment_months, ceil(p.porting_fee_cents * t.per_usd / f.per_usd),
        ceil(p.inbound_per_minute_micros * t.per_usd / f.per_usd), ceil(p.outbound_per_minute_micros * t.per_usd / f.per_usd), ceil(p.connect_fee_micros * t.per_usd / f.per_usd),
        p.billing_initial_seconds, p.billing_increment_seconds, ceil(p.message_inbound_micros * t.per_usd / f.per_usd), ceil(p.message_outbound_micros * t.per_usd / f.per_usd),
        ceil(p.cnam_lookup_micros * t.per_usd / f.per_usd), now()
      from "ordering"."price_lists" p
      join (values ('US', 'USD'), ('CA', 'USD'), ('GB', 'GBP'), ('IN', 'INR')) as sale(country, currency) on sale.country = p.country_code and sale.currency = p.currency
      join (values ('USD', 1.0), ('CAD', 1.35), ('GBP', 0.8), ('INR', 85.0)) as f(code, per_usd) on f.code = p.currency
      cross join (values ('USD', 1.0), ('CAD', 1.35), ('GBP', 0.8), ('INR', 85.0)) as t(code, per_usd)
      on conflict do nothing;`);
    this.addSql(
      `update "ordering"."price_lists" set "per_minute_cents" = ceil(inbound_per_minute_micros / 1000000.0), "connection_cents" = ceil(connect_fee_micros / 1000000.0);`,
    );

    this.addSql(
      `alter table "ordering"."subscriptions" add column "usage_rates" jsonb null, add column "partner_usage_rates" jsonb null;`,
    );

    this.addSql(
      `alter table "ordering"."wallets" add column "owed_cents" bigint not null default 0, add column "debt_sequence" int not null default 0;`,
    );
    this.addSql(`alter table "ordering"."wallets" add constraint "wallets_owed_non_negative" check (owed_cents >= 0);`);

    this.addSql(`alter table "ordering"."ledger_entries" drop constraint "ledger_entries_kind";`);
    this.addSql(
      `alter table "ordering"."ledger_entries" add constraint "ledger_entries_kind" check (kind in ('top_up', 'order_charge', 'refund', 'renewal', 'lookup_fee', 'adjustment', 'usage', 'transfer', 'tenant_payment'));`,
    );
    this.addSql(`alter table "ordering"."ledger_entries" add column "tenant_account_id" text null;`);
    this.addSql(
      `create index "ledger_entries_tenant_idx" on "ordering"."ledger_entries" ("wallet_id", "tenant_account_id", "created_at") where "tenant_account_id" is not null;`,
    );

    this
      .addSql(`create table "ordering"."usage_charges" ("charge_id" text not null, "account_id" text not null, "partner_id" text null, "currency" text not null,
      "amount_cents" bigint not null, "paid_cents" bigint not null, "owed_cents" bigint not null, "record_count" int not null,
      "first_record_at" timestamptz not null, "last_record_at" timestamptz not null, "applied_at" timestamptz not null,
      constraint "usage_charges_pkey" primary key ("charge_id"),
      constraint "usage_charges_amounts" check (amount_cents >= 0 and paid_cents >= 0 and owed_cents >= 0 and paid_cents + owed_cents = amount_cents));`);
    this.addSql(`create index "usage_charges_account_idx" on "ordering"."usage_charges" ("account_id", "applied_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ordering"."usage_charges";`);
    this.addSql(`drop index if exists "ordering"."ledger_entries_tenant_idx";`);
    this.addSql(`alter table "ordering"."ledger_entries" drop column "tenant_account_id";`);
    this.addSql(`alter table "ordering"."ledger_entries" drop constraint "ledger_entries_kind";`);
    this.addSql(
      `alter table "ordering"."ledger_entries" add constraint "ledger_entries_kind" check (kind in ('top_up', 'order_charge', 'refund', 'renewal', 'lookup_fee', 'adjustment'));`,
    );
    this.addSql(
      `alter table "ordering"."wallets" drop constraint "wallets_owed_non_negative", drop column "owed_cents", drop column "debt_sequence";`,
    );
    this.addSql(`alter table "ordering"."subscriptions" drop column "usage_rates", drop column "partner_usage_rates";`);
    this.addSql(
      `delete from "ordering"."price_lists" p where not ((p.country_code in ('US', 'CA') and p.currency = 'USD') or (p.country_code = 'CA' and p.currency = 'CAD') or (p.country_code = 'GB' and p.currency = 'GBP') or (p.country_code = 'IN' and p.currency = 'INR'));`,
    );
    this
      .addSql(`alter table "ordering"."price_lists" drop constraint "price_lists_usage_non_negative", drop constraint "price_lists_increments",
      drop column "inbound_per_minute_micros", drop column "outbound_per_minute_micros", drop column "connect_fee_micros", drop column "billing_initial_seconds",
      drop column "billing_increment_seconds", drop column "message_inbound_micros", drop column "message_outbound_micros", drop column "cnam_lookup_micros";`);
  }
}
