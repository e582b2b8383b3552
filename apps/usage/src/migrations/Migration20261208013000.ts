import { Migration } from '@mikro-orm/migrations';

/**
 * The record intake keeps its place in the records stream here, moved in each batch's transaction
 * (docs/usage-charging.md): one row per stream, its last record sequence charged or held, and which
 * incarnation of the stream that sequence belongs to. And the
 * two charge_id indexes go: they cost a third of each record's insert, and the only reader, the
 * records of one charge, finds them through the account index within the charge's time window.
 */
export class Migration20261208013000 extends Migration {
  override async up(): Promise<void> {
    // stream_created: the stream's creation time as NATS reports it (text: nanoseconds); another value means the stream was recreated and its sequences restarted.
    this
      .addSql(`create table "usage"."intake_positions" ("stream" text not null, "stream_created" text not null, "last_seq" bigint not null, "updated_at" timestamptz not null,
      constraint "intake_positions_pkey" primary key ("stream"), constraint "intake_positions_last_seq" check (last_seq >= 0));`);
    this.addSql(`drop index "usage"."usage_records_charge_idx";`);
    this.addSql(`drop index "usage"."usage_records_partner_charge_idx";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "usage_records_charge_idx" on "usage"."usage_records" ("charge_id");`);
    this.addSql(
      `create index "usage_records_partner_charge_idx" on "usage"."usage_records" ("partner_charge_id") where "partner_charge_id" is not null;`,
    );
    this.addSql(`drop table "usage"."intake_positions";`);
  }
}
