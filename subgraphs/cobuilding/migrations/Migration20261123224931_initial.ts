import { Migration } from '@mikro-orm/migrations';

export class Migration20261123224931_initial extends Migration {

  override name = 'Migration20261123224931_initial';

  override up(): void | Promise<void> {
    // The schema exists before migrations run, owned by the migration role (which may not create schemas).
    this.addSql(`create type "cobuilding"."joint_unit_kind" as enum ('GOVERNMENT_BODY', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SOCIAL_ORGANIZATION', 'SCHOOL');`);
    this.addSql(`create type "cobuilding"."micro_wish_status" as enum ('OPEN', 'CLAIMED', 'FULFILLED', 'CONFIRMED', 'CANCELLED');`);
    this.addSql(`create type "cobuilding"."cobuilding_category" as enum ('ELDERLY_CARE', 'CHILDREN', 'HEALTH', 'EDUCATION', 'ENVIRONMENT', 'FACILITIES', 'SAFETY', 'LEGAL_AID', 'EMPLOYMENT', 'CULTURE');`);
    this.addSql(`create type "cobuilding"."cobuilding_project_status" as enum ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED');`);
    this.addSql(`create type "cobuilding"."unit_post_title" as enum ('LIAISON', 'FIRST_SECRETARY', 'PART_TIME_COMMITTEE_MEMBER', 'VOLUNTEER_LEADER');`);
    this.addSql(`create table "cobuilding"."joint_building_unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "kind" "cobuilding"."joint_unit_kind" not null, "party_organization_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "cobuilding"."joint_building_unit" add constraint "joint_building_unit_name_unique" unique ("name");`);

    this.addSql(`create table "cobuilding"."micro_wish" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(200) not null, "resident_id" uuid not null, "posted_by_id" uuid null, "status" "cobuilding"."micro_wish_status" not null default 'OPEN', "claimant_person_id" uuid null, "claimant_unit_id" uuid null, "claimed_at" timestamptz null, "fulfilment_note" text null, "fulfilled_at" timestamptz null, "confirmed_at" timestamptz null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "micro_wish_resident_id_index" on "cobuilding"."micro_wish" ("resident_id");`);
    this.addSql(`create index "micro_wish_community_id_index" on "cobuilding"."micro_wish" ("community_id");`);
    this.addSql(`create index "micro_wish_neighborhood_id_index" on "cobuilding"."micro_wish" ("neighborhood_id");`);

    this.addSql(`create table "cobuilding"."need" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(100) not null, "description" text null, "category" "cobuilding"."cobuilding_category" not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "need_neighborhood_id_index" on "cobuilding"."need" ("neighborhood_id");`);
    this.addSql(`create index "need_community_id_index" on "cobuilding"."need" ("community_id");`);

    this.addSql(`create table "cobuilding"."pairing" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "unit_id" uuid not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid null, "starts_on" date not null, "ends_on" date not null, "agreement" text not null, primary key ("id"));`);
    this.addSql(`create index "pairing_district_id_index" on "cobuilding"."pairing" ("district_id");`);
    this.addSql(`create index "pairing_street_id_index" on "cobuilding"."pairing" ("street_id");`);
    this.addSql(`create index "pairing_community_id_index" on "cobuilding"."pairing" ("community_id");`);

    this.addSql(`create table "cobuilding"."resource" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "unit_id" uuid not null, "title" varchar(100) not null, "description" text null, "category" "cobuilding"."cobuilding_category" not null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "resource_unit_id_index" on "cobuilding"."resource" ("unit_id");`);

    this.addSql(`create table "cobuilding"."project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(100) not null, "need_id" uuid not null, "resource_id" uuid not null, "unit_id" uuid not null, "status" "cobuilding"."cobuilding_project_status" not null default 'PLANNED', "started_at" timestamptz null, "completed_at" timestamptz null, "beneficiaries" int null, "evaluated_at" timestamptz null, "rating" int null, "evaluation" text null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "project_unit_id_index" on "cobuilding"."project" ("unit_id");`);
    this.addSql(`create index "project_neighborhood_id_index" on "cobuilding"."project" ("neighborhood_id");`);
    this.addSql(`create index "project_community_id_index" on "cobuilding"."project" ("community_id");`);

    this.addSql(`create table "cobuilding"."unit_post" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "unit_id" uuid not null, "person_id" uuid not null, "title" "cobuilding"."unit_post_title" not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "since" date not null, primary key ("id"));`);
    this.addSql(`create index "unit_post_person_id_index" on "cobuilding"."unit_post" ("person_id");`);

    this.addSql(`create table "cobuilding"."unit_report_in" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "unit_id" uuid not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "year" int not null, "member_count" int not null, primary key ("id"));`);
    this.addSql(`create index "unit_report_in_community_id_index" on "cobuilding"."unit_report_in" ("community_id");`);
    this.addSql(`alter table "cobuilding"."unit_report_in" add constraint "unit_report_in_unit_id_community_id_year_unique" unique ("unit_id", "community_id", "year");`);

    this.addSql(`create table "cobuilding"."volunteer_activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(100) not null, "team" varchar(100) not null, "unit_id" uuid null, "place" varchar(200) not null, "held_on" date not null, "hours" numeric(4,1) not null, "people_served" int not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "volunteer_activity_unit_id_index" on "cobuilding"."volunteer_activity" ("unit_id");`);
    this.addSql(`create index "volunteer_activity_community_id_index" on "cobuilding"."volunteer_activity" ("community_id");`);

    this.addSql(`create table "cobuilding"."volunteer_participation" ("id" uuid not null, "activity_id" uuid not null, "person_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "volunteer_participation_person_id_index" on "cobuilding"."volunteer_participation" ("person_id");`);
    this.addSql(`alter table "cobuilding"."volunteer_participation" add constraint "volunteer_participation_activity_id_person_id_unique" unique ("activity_id", "person_id");`);

    this.addSql(`alter table "cobuilding"."micro_wish" add constraint "micro_wish_claimant_unit_id_foreign" foreign key ("claimant_unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."micro_wish" add constraint "micro_wish_one_claimant" check ((claimant_person_id is null or claimant_unit_id is null) and ((status in ('OPEN', 'CANCELLED')) = (claimant_person_id is null and claimant_unit_id is null)));`);

    this.addSql(`alter table "cobuilding"."pairing" add constraint "pairing_unit_id_foreign" foreign key ("unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "cobuilding"."resource" add constraint "resource_unit_id_foreign" foreign key ("unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "cobuilding"."project" add constraint "project_need_id_foreign" foreign key ("need_id") references "cobuilding"."need" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_resource_id_foreign" foreign key ("resource_id") references "cobuilding"."resource" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_unit_id_foreign" foreign key ("unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_rating_range" check (rating is null or (rating between 1 and 5));`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_beneficiaries_not_negative" check (beneficiaries is null or beneficiaries >= 0);`);

    this.addSql(`alter table "cobuilding"."unit_post" add constraint "unit_post_unit_id_foreign" foreign key ("unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "cobuilding"."unit_report_in" add constraint "unit_report_in_unit_id_foreign" foreign key ("unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);

    this.addSql(`alter table "cobuilding"."volunteer_activity" add constraint "volunteer_activity_unit_id_foreign" foreign key ("unit_id") references "cobuilding"."joint_building_unit" ("id") on delete restrict;`);
    this.addSql(`alter table "cobuilding"."volunteer_activity" add constraint "volunteer_activity_served_not_negative" check (people_served >= 0);`);
    this.addSql(`alter table "cobuilding"."volunteer_activity" add constraint "volunteer_activity_hours_positive" check (hours > 0 and hours <= 24);`);

    // Written by hand: lifecycle stamps agree with the stage, so no code path can store a skipped stage.
    this.addSql(`alter table "cobuilding"."pairing" add constraint "pairing_period_ordered" check (ends_on >= starts_on);`);
    this.addSql(`alter table "cobuilding"."unit_report_in" add constraint "unit_report_in_member_count_positive" check (member_count > 0);`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_started_stamp" check ((status = 'PLANNED') = (started_at is null));`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_completed_stamp" check ((status in ('COMPLETED', 'EVALUATED')) = (completed_at is not null and beneficiaries is not null));`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_evaluated_stamp" check ((status = 'EVALUATED') = (evaluated_at is not null and rating is not null));`);
    this.addSql(`alter table "cobuilding"."micro_wish" add constraint "micro_wish_fulfilled_stamp" check ((status in ('FULFILLED', 'CONFIRMED')) = (fulfilled_at is not null and fulfilment_note is not null));`);
    this.addSql(`alter table "cobuilding"."micro_wish" add constraint "micro_wish_confirmed_stamp" check ((status = 'CONFIRMED') = (confirmed_at is not null));`);

    this.addSql(`alter table "cobuilding"."volunteer_participation" add constraint "volunteer_participation_activity_id_foreign" foreign key ("activity_id") references "cobuilding"."volunteer_activity" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cobuilding"."micro_wish" drop constraint "micro_wish_claimant_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."pairing" drop constraint "pairing_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."resource" drop constraint "resource_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."project" drop constraint "project_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."unit_post" drop constraint "unit_post_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."unit_report_in" drop constraint "unit_report_in_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."volunteer_activity" drop constraint "volunteer_activity_unit_id_foreign";`);
    this.addSql(`alter table "cobuilding"."project" drop constraint "project_need_id_foreign";`);
    this.addSql(`alter table "cobuilding"."project" drop constraint "project_resource_id_foreign";`);
    this.addSql(`alter table "cobuilding"."volunteer_participation" drop constraint "volunteer_participation_activity_id_foreign";`);

    this.addSql(`drop table if exists "cobuilding"."joint_building_unit" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."micro_wish" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."need" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."pairing" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."resource" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."project" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."unit_post" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."unit_report_in" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."volunteer_activity" cascade;`);
    this.addSql(`drop table if exists "cobuilding"."volunteer_participation" cascade;`);

    this.addSql(`drop type "cobuilding"."joint_unit_kind";`);
    this.addSql(`drop type "cobuilding"."micro_wish_status";`);
    this.addSql(`drop type "cobuilding"."cobuilding_category";`);
    this.addSql(`drop type "cobuilding"."cobuilding_project_status";`);
    this.addSql(`drop type "cobuilding"."unit_post_title";`);
    this.addSql(`drop schema if exists "cobuilding";`);
  }

}
