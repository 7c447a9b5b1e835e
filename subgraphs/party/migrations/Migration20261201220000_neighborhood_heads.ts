import { Migration } from '@mikro-orm/migrations';

/** 三长: building, entrance and grid heads appointed by the neighborhood's branch. */
export class Migration20261201220000_neighborhood_heads extends Migration {
  override name = 'Migration20261201220000_neighborhood_heads';

  override up(): void | Promise<void> {
    this.addSql(`create type "party"."neighborhood_head_kind" as enum ('BUILDING_HEAD', 'ENTRANCE_HEAD', 'GRID_HEAD');`);
    this.addSql(`create type "party"."neighborhood_head_selection" as enum ('SELF_NOMINATION', 'RESIDENT_RECOMMENDATION', 'ORGANIZATION_NOMINATION');`);
    this.addSql(`create table "party"."neighborhood_head" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "kind" "party"."neighborhood_head_kind" not null, "selection" "party"."neighborhood_head_selection" not null, "person_id" uuid not null, "organization_id" uuid not null, "neighborhood_id" uuid not null, "building_id" uuid null, "entrance_number" smallint null, "grid_name" varchar(50) null, "term_start" date not null, "term_end" date not null, "appointed_by" varchar(200) not null, "ended_on" date null, "ended_by" varchar(200) null, "end_reason" varchar(200) null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "neighborhood_head_neighborhood_id_index" on "party"."neighborhood_head" ("neighborhood_id");`);
    this.addSql(`create index "neighborhood_head_person_id_index" on "party"."neighborhood_head" ("person_id");`);
    this.addSql(`create index "neighborhood_head_community_id_index" on "party"."neighborhood_head" ("community_id");`);
    this.addSql(`alter table "party"."neighborhood_head" add constraint "neighborhood_head_organization_id_foreign" foreign key ("organization_id") references "party"."organization" ("id") on delete restrict;`);
    // Written by hand: one head in office per building, entrance or grid at a time, even under concurrent appointments.
    this.addSql(`alter table "party"."neighborhood_head" add constraint "neighborhood_head_one_at_a_time"
      exclude using gist ("kind" with =, "neighborhood_id" with =, coalesce("building_id", '00000000-0000-0000-0000-000000000000'::uuid) with =,
        coalesce("entrance_number", 0) with =, coalesce("grid_name", '') with =,
        daterange("term_start", least("term_end" + 1, "ended_on"), '[)') with &&);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party"."neighborhood_head" cascade;`);
    this.addSql(`drop type if exists "party"."neighborhood_head_selection";`);
    this.addSql(`drop type if exists "party"."neighborhood_head_kind";`);
  }
}
