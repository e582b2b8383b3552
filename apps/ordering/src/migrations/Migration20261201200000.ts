import { Migration } from '@mikro-orm/migrations';

/**
 * Porting: the porting fee per number of each (country, type) on the price list (a platform fee,
 * not marked up), and what each ported number was charged so a refund returns exactly that, once.
 */
export class Migration20261201200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ordering"."price_lists" add column "porting_fee_cents" int not null default 0;`);
    this.addSql(
      `alter table "ordering"."price_lists" add constraint "price_lists_porting_fee_non_negative" check (porting_fee_cents >= 0);`,
    );
    // About 4-10x the monthly fee, as porting fees go: local and mobile cheaper than toll-free.
    this.addSql(`update "ordering"."price_lists" set "porting_fee_cents" = case "country_code"
        when 'US' then case "number_type" when 'toll_free' then 1000 else 500 end
        when 'CA' then case "number_type" when 'toll_free' then 1200 else 600 end
        when 'GB' then case "number_type" when 'toll_free' then 1000 else 800 end
        when 'IN' then case "number_type" when 'toll_free' then 80000 else 40000 end
        else 500 end;`);
    this.addSql(
      `create table "ordering"."porting_fees" ("port_order_id" text not null, "e164" text not null, "account_id" text not null, "partner_id" text null, "currency" text not null, "fee_cents" int not null, "partner_fee_cents" int not null, "submission" int not null, "charged_at" timestamptz not null, "refunded_at" timestamptz null, constraint "porting_fees_pkey" primary key ("port_order_id", "e164"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ordering"."porting_fees" cascade;`);
    this.addSql(`alter table "ordering"."price_lists" drop constraint "price_lists_porting_fee_non_negative";`);
    this.addSql(`alter table "ordering"."price_lists" drop column "porting_fee_cents";`);
  }
}
