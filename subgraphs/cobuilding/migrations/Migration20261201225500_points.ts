import { Migration } from '@mikro-orm/migrations';

/** 奉献积分 / 时间银行 / 积分超市: an append-only points ledger, supermarket items and districts' earning rules. */
export class Migration20261201225500_points extends Migration {
  override name = 'Migration20261201225500_points';

  override up(): void | Promise<void> {
    this.addSql(`create type "cobuilding"."points_entry_kind" as enum ('EARNED_FOR_SERVICE', 'REDEEMED');`);
    this.addSql(`create table "cobuilding"."points_entry" ("id" uuid not null, "person_id" uuid not null, "kind" "cobuilding"."points_entry_kind" not null, "points" int not null, "activity_id" uuid null, "item_id" uuid null, "quantity" int null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "points_entry_person_id_index" on "cobuilding"."points_entry" ("person_id");`);
    this.addSql(`create index "points_entry_community_id_index" on "cobuilding"."points_entry" ("community_id");`);
    this.addSql(`create table "cobuilding"."points_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid null, "name" varchar(100) not null, "points" int not null, "stock" int not null, "withdrawn_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "points_item_community_id_index" on "cobuilding"."points_item" ("community_id");`);
    this.addSql(`create table "cobuilding"."points_rule" ("district_id" uuid not null, "points_per_hour" int not null, "set_by" varchar(200) not null, primary key ("district_id"));`);
    // Written by hand: the ledger's own sign rules, stock never below zero, and the ledger immutable in the database itself.
    this.addSql(`alter table "cobuilding"."points_entry" add constraint "points_entry_sign" check ((kind = 'EARNED_FOR_SERVICE' and points > 0 and activity_id is not null) or (kind = 'REDEEMED' and points < 0 and item_id is not null and quantity > 0));`);
    this.addSql(`alter table "cobuilding"."points_entry" add constraint "points_entry_item_id_foreign" foreign key ("item_id") references "cobuilding"."points_item" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."points_item" add constraint "points_item_stock" check (stock >= 0 and points > 0);`);
    this.addSql(`create function "cobuilding"."refuse_points_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'cobuilding.%: ledger entries are immutable; record a new entry instead', tg_table_name using errcode = 'P0001';
      end $$;`);
    this.addSql(`create trigger "points_entry_immutable" before update or delete on "cobuilding"."points_entry" for each row execute function "cobuilding"."refuse_points_change"();`);
    this.addSql(`create trigger "points_entry_no_truncate" before truncate on "cobuilding"."points_entry" for each statement execute function "cobuilding"."refuse_points_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "cobuilding"."points_entry" cascade;`);
    this.addSql(`drop function if exists "cobuilding"."refuse_points_change"();`);
    this.addSql(`drop table if exists "cobuilding"."points_item" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."points_rule" cascade;`);
    this.addSql(`drop type if exists "cobuilding"."points_entry_kind";`);
  }
}
