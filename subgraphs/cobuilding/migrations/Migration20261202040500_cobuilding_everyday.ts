import { Migration } from '@mikro-orm/migrations';

/**
 * Everyday changes (issue 16): ending pairings and unit posts with who/when/why, closing needs (met or withdrawn),
 * and an append-only history of micro-wishes given back by their claimant (释放).
 */
export class Migration20261202040500_cobuilding_everyday extends Migration {
  override name = 'Migration20261202040500_cobuilding_everyday';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cobuilding"."pairing" add column "ended_at" timestamptz null, add column "end_reason" text null, add column "ended_by" varchar(200) null, add column "agreed_ends_on" date null;`);
    this.addSql(`alter table "cobuilding"."pairing" add constraint "pairing_ended_stamp" check ((ended_at is null) = (end_reason is null) and (ended_at is null) = (agreed_ends_on is null));`);
    this.addSql(`alter table "cobuilding"."unit_post" add column "ended_on" date null, add column "end_reason" text null, add column "ended_by" varchar(200) null;`);
    this.addSql(`alter table "cobuilding"."unit_post" add constraint "unit_post_ended_stamp" check ((ended_on is null) = (end_reason is null) and (ended_on is null or ended_on >= since));`);
    this.addSql(`create type "cobuilding"."need_status" as enum ('OPEN', 'MET', 'WITHDRAWN');`);
    this.addSql(`alter table "cobuilding"."need" add column "status" "cobuilding"."need_status" not null default 'OPEN', add column "closed_at" timestamptz null, add column "close_reason" text null, add column "closed_by" varchar(200) null;`);
    this.addSql(`alter table "cobuilding"."need" add constraint "need_closed_stamp" check ((status = 'OPEN') = (closed_at is null) and (closed_at is null) = (close_reason is null));`);
    this.addSql(`create table "cobuilding"."micro_wish_release" ("id" uuid not null, "wish_id" uuid not null, "released_by_person_id" uuid null, "released_by_unit_id" uuid null, "reason" text not null, "claimed_at" timestamptz null, "released_at" timestamptz not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "micro_wish_release_wish_id_index" on "cobuilding"."micro_wish_release" ("wish_id");`);
    this.addSql(`alter table "cobuilding"."micro_wish_release" add constraint "micro_wish_release_wish_id_foreign" foreign key ("wish_id") references "cobuilding"."micro_wish" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."micro_wish_release" add constraint "micro_wish_release_one_claimant" check ((released_by_person_id is null) <> (released_by_unit_id is null));`);
    this.addSql(`create function "cobuilding"."refuse_history_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'cobuilding.%: history rows are immutable; record a new row instead', tg_table_name using errcode = 'P0001';
      end $$;`);
    this.addSql(`create trigger "micro_wish_release_immutable" before update or delete on "cobuilding"."micro_wish_release" for each row execute function "cobuilding"."refuse_history_change"();`);
    this.addSql(`create trigger "micro_wish_release_no_truncate" before truncate on "cobuilding"."micro_wish_release" for each statement execute function "cobuilding"."refuse_history_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cobuilding"."micro_wish_release" cascade;`);
    this.addSql(`drop function if exists "cobuilding"."refuse_history_change"();`);
    this.addSql(`alter table "cobuilding"."need" drop constraint "need_closed_stamp", drop column "status", drop column "closed_at", drop column "close_reason", drop column "closed_by";`);
    this.addSql(`drop type if exists "cobuilding"."need_status";`);
    this.addSql(`alter table "cobuilding"."unit_post" drop constraint "unit_post_ended_stamp", drop column "ended_on", drop column "end_reason", drop column "ended_by";`);
    this.addSql(`alter table "cobuilding"."pairing" drop constraint "pairing_ended_stamp", drop column "ended_at", drop column "end_reason", drop column "ended_by", drop column "agreed_ends_on";`);
  }
}
