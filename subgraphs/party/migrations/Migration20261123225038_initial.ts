import { Migration } from '@mikro-orm/migrations';

export class Migration20261123225038_initial extends Migration {

  override name = 'Migration20261123225038_initial';

  override up(): void | Promise<void> {
    // The schema exists before migrations run, owned by the migration role (which may not create schemas).
    this.addSql(`create type "party"."party_organization_kind" as enum ('STREET_WORKING_COMMITTEE', 'COMMUNITY_COMMITTEE', 'NEIGHBORHOOD_BRANCH', 'BUILDING_GROUP', 'PROPERTY_COMPANY_BRANCH', 'RETIRED_MEMBERS_BRANCH', 'JOINT_UNIT_ORGANIZATION');`);
    this.addSql(`create type "party"."party_branch_form" as enum ('SINGLE', 'JOINT', 'GRID');`);
    this.addSql(`create type "party"."party_member_category" as enum ('FORMAL', 'PROBATIONARY');`);
    this.addSql(`create type "party"."party_member_status" as enum ('IN_SERVICE', 'RETIRED', 'MOBILE', 'WITHOUT_POST');`);
    this.addSql(`create type "party"."party_post_kind" as enum ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'PART_TIME_COMMITTEE_MEMBER', 'GROUP_LEADER');`);
    this.addSql(`create type "party"."party_secretary_origin" as enum ('COMMUNITY_COMMITTEE_MEMBER', 'ELECTED_RESIDENT_MEMBER', 'RETIRED_OFFICIAL', 'VETERAN', 'FIRST_SECRETARY_FROM_UNIT');`);
    this.addSql(`create type "party"."party_service_station_kind" as enum ('PARTY_MASS_SERVICE_STATION', 'RED_SAIL_POST', 'SECRETARY_STUDIO');`);
    this.addSql(`create type "party"."party_star_rating_status" as enum ('APPLIED', 'ASSESSED', 'APPROVED');`);
    this.addSql(`create type "party"."registered_place_level" as enum ('STREET', 'COMMUNITY', 'NEIGHBORHOOD', 'BUILDING', 'UNIT');`);
    this.addSql(`create table "party"."organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "kind" "party"."party_organization_kind" not null, "form" "party"."party_branch_form" null, "parent_id" uuid null, "ancestor_ids" uuid[] not null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, "neighborhood_ids" uuid[] not null, "building_id" uuid null, "host_organization_id" uuid null, "formation_override_reason" varchar(500) null, "formation_overridden_by" varchar(200) null, primary key ("id"));`);
    this.addSql(`create index "organization_host_organization_id_index" on "party"."organization" ("host_organization_id");`);
    this.addSql(`create index "organization_street_id_index" on "party"."organization" ("street_id");`);
    this.addSql(`create index "organization_community_id_index" on "party"."organization" ("community_id");`);
    this.addSql(`create index "organization_parent_id_index" on "party"."organization" ("parent_id");`);

    this.addSql(`create table "party"."member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "person_id" uuid not null, "category" "party"."party_member_category" not null, "status" "party"."party_member_status" not null, "organization_id" uuid not null, "residence_neighborhood_id" uuid null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "party"."member" add constraint "member_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "member_community_id_index" on "party"."member" ("community_id");`);
    this.addSql(`create index "member_residence_neighborhood_id_index" on "party"."member" ("residence_neighborhood_id");`);
    this.addSql(`create index "member_organization_id_index" on "party"."member" ("organization_id");`);

    this.addSql(`create table "party"."central_household" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "member_id" uuid not null, "organization_id" uuid not null, "household_unit_id" uuid not null, "served_unit_ids" uuid[] not null, "designated_on" date not null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "party"."central_household" add constraint "central_household_member_id_unique" unique ("member_id");`);
    this.addSql(`alter table "party"."central_household" add constraint "central_household_household_unit_id_unique" unique ("household_unit_id");`);
    this.addSql(`create index "central_household_community_id_index" on "party"."central_household" ("community_id");`);
    this.addSql(`create index "central_household_organization_id_index" on "party"."central_household" ("organization_id");`);

    this.addSql(`create table "party"."post" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organization_id" uuid not null, "person_id" uuid not null, "kind" "party"."party_post_kind" not null, "secretary_origin" "party"."party_secretary_origin" null, "term_start" date not null, "term_end" date not null, primary key ("id"));`);
    this.addSql(`create index "post_person_id_index" on "party"."post" ("person_id");`);
    this.addSql(`create index "post_organization_id_kind_index" on "party"."post" ("organization_id", "kind");`);

    this.addSql(`create table "party"."report_in" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "member_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "paired_unit_ids" uuid[] not null, "reported_on" date not null, primary key ("id"));`);
    this.addSql(`alter table "party"."report_in" add constraint "report_in_member_id_unique" unique ("member_id");`);
    this.addSql(`create index "report_in_community_id_index" on "party"."report_in" ("community_id");`);

    this.addSql(`create table "party"."service_station" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "kind" "party"."party_service_station_kind" not null, "organization_id" uuid not null, "neighborhood_id" uuid null, "floor_area" numeric(8,2) not null, "opening_hours" varchar(100) not null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "service_station_community_id_index" on "party"."service_station" ("community_id");`);
    this.addSql(`create index "service_station_organization_id_index" on "party"."service_station" ("organization_id");`);

    this.addSql(`create table "party"."star_rating" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organization_id" uuid not null, "year" int not null, "status" "party"."party_star_rating_status" not null, "applied_stars" smallint not null, "applied_by" varchar(200) not null, "applied_at" timestamptz not null, "assessed_stars" smallint null, "assessed_by" varchar(200) null, "assessed_at" timestamptz null, "approved_stars" smallint null, "approved_by" varchar(200) null, "approved_at" timestamptz null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "party"."star_rating" add constraint "star_rating_organization_id_year_unique" unique ("organization_id", "year");`);

    this.addSql(`create table "party"."place_register" ("id" uuid not null, "level" "party"."registered_place_level" not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid null, "neighborhood_id" uuid null, "building_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "place_register_neighborhood_id_index" on "party"."place_register" ("neighborhood_id");`);
    this.addSql(`create index "place_register_level_street_id_index" on "party"."place_register" ("level", "street_id");`);
    this.addSql(`create index "place_register_level_community_id_index" on "party"."place_register" ("level", "community_id");`);

    this.addSql(`alter table "party"."organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "party"."organization" ("id") on delete restrict;`);

    this.addSql(`alter table "party"."member" add constraint "member_organization_id_foreign" foreign key ("organization_id") references "party"."organization" ("id") on delete restrict;`);

    this.addSql(`alter table "party"."central_household" add constraint "central_household_member_id_foreign" foreign key ("member_id") references "party"."member" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."central_household" add constraint "central_household_organization_id_foreign" foreign key ("organization_id") references "party"."organization" ("id") on delete restrict;`);

    this.addSql(`alter table "party"."post" add constraint "post_organization_id_foreign" foreign key ("organization_id") references "party"."organization" ("id") on delete restrict;`);

    this.addSql(`alter table "party"."report_in" add constraint "report_in_member_id_foreign" foreign key ("member_id") references "party"."member" ("id") on delete restrict;`);

    this.addSql(`alter table "party"."service_station" add constraint "service_station_organization_id_foreign" foreign key ("organization_id") references "party"."organization" ("id") on delete restrict;`);

    this.addSql(`alter table "party"."star_rating" add constraint "star_rating_organization_id_foreign" foreign key ("organization_id") references "party"."organization" ("id") on delete restrict;`);

    // Rules the database holds too, written by hand (the ORM's diff does not produce them).
    this.addSql(`alter table "party"."organization" add constraint "organization_form_check" check ((kind = 'NEIGHBORHOOD_BRANCH') = (form is not null));`);
    this.addSql(`alter table "party"."organization" add constraint "organization_single_branch_check" check (form is distinct from 'SINGLE' or cardinality(neighborhood_ids) = 1);`);
    this.addSql(`create unique index "organization_street_committee_unique" on "party"."organization" ("street_id") where kind = 'STREET_WORKING_COMMITTEE';`);
    this.addSql(`create unique index "organization_community_committee_unique" on "party"."organization" ("community_id") where kind = 'COMMUNITY_COMMITTEE';`);
    this.addSql(`create unique index "organization_building_group_unique" on "party"."organization" ("building_id") where kind = 'BUILDING_GROUP';`);
    this.addSql(`create unique index "organization_host_unique" on "party"."organization" ("host_organization_id") where host_organization_id is not null;`);
    this.addSql(`create index "organization_neighborhood_ids_index" on "party"."organization" using gin ("neighborhood_ids");`);
    this.addSql(`create index "organization_ancestor_ids_index" on "party"."organization" using gin ("ancestor_ids");`);
    this.addSql(`alter table "party"."post" add constraint "post_term_check" check (term_end > term_start and term_end <= term_start + interval '5 years');`);
    this.addSql(`alter table "party"."post" add constraint "post_secretary_origin_check" check ((kind = 'SECRETARY') = (secretary_origin is not null));`);
    this.addSql(`alter table "party"."report_in" add constraint "report_in_paired_households_check" check (cardinality(paired_unit_ids) between 10 and 15);`);
    this.addSql(`alter table "party"."central_household" add constraint "central_household_served_check" check (cardinality(served_unit_ids) between 1 and 20);`);
    this.addSql(`alter table "party"."service_station" add constraint "service_station_floor_area_check" check (floor_area > 0);`);
    this.addSql(`alter table "party"."star_rating" add constraint "star_rating_stars_check" check (applied_stars between 1 and 5 and (assessed_stars is null or assessed_stars between 1 and 5) and (approved_stars is null or approved_stars between 1 and 5));`);
    this.addSql(`alter table "party"."star_rating" add constraint "star_rating_steps_check" check ((status = 'APPLIED') = (assessed_at is null) and (status = 'APPROVED') = (approved_at is not null) and (assessed_at is null or (assessed_stars is not null and assessed_by is not null)) and (approved_at is null or (approved_stars is not null and approved_by is not null)));`);
    // A neighborhood belongs to one neighborhood branch, also under concurrent writes: checked under a lock.
    this.addSql(`create function "party"."check_branch_coverage"() returns trigger language plpgsql as $$
begin
  if new.kind = 'NEIGHBORHOOD_BRANCH' then
    perform pg_advisory_xact_lock(hashtext('party.branch_coverage'));
    if exists (select 1 from party.organization other where other.kind = 'NEIGHBORHOOD_BRANCH' and other.id <> new.id and other.neighborhood_ids && new.neighborhood_ids) then
      raise exception 'a neighborhood of branch % is already covered by another branch', new.id using errcode = 'unique_violation';
    end if;
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger "organization_branch_coverage" before insert or update of neighborhood_ids, kind on "party"."organization" for each row execute function "party"."check_branch_coverage"();`);
    // Star ratings only move forward (APPLIED → ASSESSED → APPROVED); an approved rating is final.
    this.addSql(`create function "party"."check_star_rating_step"() returns trigger language plpgsql as $$
begin
  if not ((old.status = 'APPLIED' and new.status in ('APPLIED', 'ASSESSED')) or (old.status = 'ASSESSED' and new.status in ('ASSESSED', 'APPROVED'))) then
    raise exception 'star rating % cannot go from % to %', old.id, old.status, new.status using errcode = 'check_violation';
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger "star_rating_step" before update on "party"."star_rating" for each row execute function "party"."check_star_rating_step"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "organization_branch_coverage" on "party"."organization";`);
    this.addSql(`drop trigger if exists "star_rating_step" on "party"."star_rating";`);
    this.addSql(`drop function if exists "party"."check_branch_coverage"();`);
    this.addSql(`drop function if exists "party"."check_star_rating_step"();`);
    this.addSql(`alter table "party"."organization" drop constraint "organization_parent_id_foreign";`);
    this.addSql(`alter table "party"."member" drop constraint "member_organization_id_foreign";`);
    this.addSql(`alter table "party"."central_household" drop constraint "central_household_organization_id_foreign";`);
    this.addSql(`alter table "party"."post" drop constraint "post_organization_id_foreign";`);
    this.addSql(`alter table "party"."service_station" drop constraint "service_station_organization_id_foreign";`);
    this.addSql(`alter table "party"."star_rating" drop constraint "star_rating_organization_id_foreign";`);
    this.addSql(`alter table "party"."central_household" drop constraint "central_household_member_id_foreign";`);
    this.addSql(`alter table "party"."report_in" drop constraint "report_in_member_id_foreign";`);

    this.addSql(`drop table if exists "party"."organization" cascade;`);
    this.addSql(`drop table if exists "party"."member" cascade;`);
    this.addSql(`drop table if exists "party"."central_household" cascade;`);
    this.addSql(`drop table if exists "party"."post" cascade;`);
    this.addSql(`drop table if exists "party"."report_in" cascade;`);
    this.addSql(`drop table if exists "party"."service_station" cascade;`);
    this.addSql(`drop table if exists "party"."star_rating" cascade;`);
    this.addSql(`drop table if exists "party"."place_register" cascade;`);

    this.addSql(`drop type "party"."party_organization_kind";`);
    this.addSql(`drop type "party"."party_branch_form";`);
    this.addSql(`drop type "party"."party_member_category";`);
    this.addSql(`drop type "party"."party_member_status";`);
    this.addSql(`drop type "party"."party_post_kind";`);
    this.addSql(`drop type "party"."party_secretary_origin";`);
    this.addSql(`drop type "party"."party_service_station_kind";`);
    this.addSql(`drop type "party"."party_star_rating_status";`);
    this.addSql(`drop type "party"."registered_place_level";`);
    this.addSql(`drop schema if exists "party";`);
  }

}
