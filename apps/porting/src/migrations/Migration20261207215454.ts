import { Migration } from '@mikro-orm/migrations';

export class Migration20261207215454 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "porting"."csr_lookups" ("id" text not null, "account_id" text not null, "e164" text not null, "port_order_id" text not null, "looked_up_at" timestamptz not null, constraint "csr_lookups_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "csr_lookups_account_idx" on "porting"."csr_lookups" ("account_id", "looked_up_at");`);

    this.addSql(`alter table "porting"."document_chunks" add column "finished" boolean not null default false;`);
    // Chunks of documents finished before this column existed are documents' bytes, never abandoned uploads.
    this.addSql(
      `update "porting"."document_chunks" c set "finished" = true where exists (select 1 from "porting"."documents" d where d."id" = c."document_id");`,
    );
    this.addSql(
      `create index "document_chunks_unfinished_created_idx" on "porting"."document_chunks" ("created_at") where not "finished";`,
    );
    this.addSql(
      `create index "document_chunks_unfinished_account_idx" on "porting"."document_chunks" ("account_id") where not "finished";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "porting"."csr_lookups" cascade;`);

    this.addSql(`drop index "porting"."document_chunks_unfinished_created_idx";`);
    this.addSql(`drop index "porting"."document_chunks_unfinished_account_idx";`);
    this.addSql(`alter table "porting"."document_chunks" drop column "finished";`);
  }
}
