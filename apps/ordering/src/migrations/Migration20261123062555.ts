import { Migration } from '@mikro-orm/migrations';

export class Migration20261123062555 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ordering"."partner_markups" ("id" text not null, "partner_id" text not null, "country_code" text null, "number_type" text null, "percent_basis_points" int not null, "setup_cents" int not null, "monthly_cents" int not null, "per_minute_cents" int not null, "connection_cents" int not null, "updated_at" timestamptz not null, constraint "partner_markups_pkey" primary key ("id"), constraint partner_markups_non_negative check (percent_basis_points >= 0 and setup_cents >= 0 and monthly_cents >= 0 and per_minute_cents >= 0 and connection_cents >= 0));`,
    );
    this.addSql(`create index "partner_markups_partner_idx" on "ordering"."partner_markups" ("partner_id");`);

    this.addSql(
      `create table "ordering"."price_lists" ("country_code" text not null, "number_type" text not null, "currency" text not null, "setup_cents" int not null, "monthly_cents" int not null, "per_minute_cents" int not null, "connection_cents" int not null, "lookup_carrier_cents" int not null, "lookup_caller_name_cents" int not null, "updated_at" timestamptz not null, constraint "price_lists_pkey" primary key ("country_code", "number_type", "currency"), constraint price_lists_non_negative check (setup_cents >= 0 and monthly_cents >= 0 and per_minute_cents >= 0 and connection_cents >= 0 and lookup_carrier_cents >= 0 and lookup_caller_name_cents >= 0));`,
    );

    // Hand-written: one markup per (partner, scope); null scopes compare equal through coalesce.
    this.addSql(
      `create unique index "partner_markups_scope_unique" on "ordering"."partner_markups" ("partner_id", coalesce("country_code", ''), coalesce("number_type", ''));`,
    );
    // The platform price list, seeded once (see docs/api/numbers.md, "Prices and quotes", for where the numbers come from). Columns:
    // country, type, currency, setup, monthly, per-minute, connection, carrier lookup, caller-name lookup (minor units).
    const seed: [string, string, string, number, number, number, number, number, number][] = [
      ['US', 'local', 'USD', 100, 150, 1, 0, 1, 1],
      ['US', 'toll_free', 'USD', 100, 200, 3, 0, 1, 1],
      ['US', 'national', 'USD', 100, 200, 2, 0, 1, 1],
      ['US', 'mobile', 'USD', 150, 300, 2, 0, 1, 1],
      ['CA', 'local', 'USD', 100, 150, 1, 0, 1, 1],
      ['CA', 'toll_free', 'USD', 100, 200, 3, 0, 1, 1],
      ['CA', 'national', 'USD', 100, 200, 2, 0, 1, 1],
      ['CA', 'mobile', 'USD', 150, 300, 2, 0, 1, 1],
      ['CA', 'local', 'CAD', 135, 200, 1, 0, 1, 1],
      ['CA', 'toll_free', 'CAD', 135, 275, 4, 0, 1, 1],
      ['CA', 'national', 'CAD', 135, 275, 3, 0, 1, 1],
      ['CA', 'mobile', 'CAD', 200, 400, 3, 0, 1, 1],
      ['GB', 'local', 'GBP', 100, 126, 1, 0, 1, 1],
      ['GB', 'toll_free', 'GBP', 150, 300, 3, 0, 1, 1],
      ['GB', 'national', 'GBP', 100, 150, 2, 0, 1, 1],
      ['GB', 'mobile', 'GBP', 200, 400, 2, 0, 1, 1],
      ['IN', 'local', 'INR', 5000, 9900, 100, 0, 50, 50],
      ['IN', 'toll_free', 'INR', 10000, 25000, 200, 0, 50, 50],
      ['IN', 'national', 'INR', 7500, 15000, 150, 0, 50, 50],
      ['IN', 'mobile', 'INR', 10000, 19900, 150, 0, 50, 50],
    ];
    const values = seed.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ');
    this.addSql(
      this.getKnex().raw(
        `insert into "ordering"."price_lists" ("country_code", "number_type", "currency", "setup_cents", "monthly_cents", "per_minute_cents", "connection_cents", "lookup_carrier_cents", "lookup_caller_name_cents", "updated_at") values ${values} on conflict do nothing;`,
        seed.flat(),
      ),
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ordering"."partner_markups" cascade;`);

    this.addSql(`drop table if exists "ordering"."price_lists" cascade;`);
  }
}
