import { Migration } from '@mikro-orm/migrations';

/**
 * 公示 of fund use per period (民法典第二百八十一条): one notice per neighborhood and period, immutable; and red-ink
 * reversals of fund entries (红字冲销), which a later notice of a reversed entry's period is marked superseded by.
 */
export class Migration20261202081500_fund_notice extends Migration {
  override name = 'Migration20261202081500_fund_notice';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."owners_fund_notice" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "idempotency_key" varchar(100) null, "period" varchar(7) not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "posted_until" timestamptz not null, "place" varchar(300) not null, "entry_ids" jsonb not null, "verification_code" varchar(14) not null, primary key ("id"));`);
    this.addSql(`alter table "owners"."owners_fund_notice" add constraint "owners_fund_notice_neighborhood_id_period_unique" unique ("neighborhood_id", "period");`);
    this.addSql(`alter table "owners"."owners_fund_notice" add constraint "owners_fund_notice_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "owners_fund_notice_neighborhood_id_index" on "owners"."owners_fund_notice" ("neighborhood_id");`);
    this.addSql(`create index "owners_fund_notice_street_id_index" on "owners"."owners_fund_notice" ("street_id");`);
    this.addSql(`create index "owners_fund_notice_district_id_index" on "owners"."owners_fund_notice" ("district_id");`);
    this.addSql(`create unique index "owners_fund_notice_idempotency" on "owners"."owners_fund_notice" ("recorded_by", "idempotency_key") where "idempotency_key" is not null;`);
    this.addSql(`create trigger "owners_fund_notice_immutable" before update or delete on "owners"."owners_fund_notice" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "owners_fund_notice_no_truncate" before truncate on "owners"."owners_fund_notice" for each statement execute function "owners"."refuse_change"();`);
    this.addSql(`alter table "owners"."owners_fund_entry" add column "reverses_entry_id" uuid null, add column "correction_reason" text null;`);
    this.addSql(`alter table "owners"."owners_fund_entry" add constraint "owners_fund_entry_reverses_entry_id_foreign" foreign key ("reverses_entry_id") references "owners"."owners_fund_entry" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."owners_fund_entry" add constraint "owners_fund_entry_reverses_entry_id_unique" unique ("reverses_entry_id");`);
    this.addSql(`alter table "owners"."owners_fund_entry" add constraint "owners_fund_entry_reversal_reason" check ((reverses_entry_id is null) = (correction_reason is null));`);
    this.addSql(`create index "owners_fund_entry_neighborhood_id_recorded_at_index" on "owners"."owners_fund_entry" ("neighborhood_id", "recorded_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "owners"."owners_fund_entry_neighborhood_id_recorded_at_index";`);
    this.addSql(`alter table "owners"."owners_fund_entry" drop constraint "owners_fund_entry_reversal_reason", drop constraint "owners_fund_entry_reverses_entry_id_unique", drop constraint "owners_fund_entry_reverses_entry_id_foreign";`);
    this.addSql(`alter table "owners"."owners_fund_entry" drop column "reverses_entry_id", drop column "correction_reason";`);
    this.addSql(`drop table if exists "owners"."owners_fund_notice" cascade;`);
  }
}
