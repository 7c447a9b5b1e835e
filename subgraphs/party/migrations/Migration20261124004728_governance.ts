import { Migration } from '@mikro-orm/migrations';

/**
 * 三方联动 and 交叉任职: governance matters, joint meetings with their deliberations, and cross-appointments. Only the
 * new tables: the generator's proposals to drop the hand-written rules of earlier migrations were removed.
 */
export class Migration20261124004728_governance extends Migration {

  override name = 'Migration20261124004728_governance';

  override up(): void | Promise<void> {
    this.addSql(`create type "party"."cross_appointment_kind" as enum ('COMMUNITY_PROPERTY_SUPERVISOR', 'COMMUNITY_VOLUNTEER_DIRECTOR', 'GRID_WORKER_PROPERTY_ADMINISTRATOR', 'PROPERTY_MANAGER_BRANCH_COMMITTEE', 'OWNERS_MEMBER_BRANCH_COMMITTEE', 'PROPERTY_HEAD_PART_TIME_COMMITTEE', 'JOINT_UNIT_PART_TIME_COMMITTEE', 'FIRST_SECRETARY', 'WEEKEND_SECRETARY');`);
    this.addSql(`create type "party"."governance_matter_category" as enum ('FACILITY_REPAIR', 'ENVIRONMENT', 'PARKING', 'SAFETY', 'ELDERLY_CARE', 'MAINTENANCE_FUND_USE', 'COMMON_PART_USE', 'PROPERTY_EVALUATION');`);
    this.addSql(`create type "party"."deliberation_outcome" as enum ('AGREED', 'REJECTED', 'DEFERRED');`);
    this.addSql(`create table "party"."cross_appointment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "person_id" uuid not null, "kind" "party"."cross_appointment_kind" not null, "home_type" varchar(40) not null, "home_id" uuid not null, "host_type" varchar(40) not null, "host_id" uuid not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "neighborhood_id" uuid null, "term_start" date not null, "term_end" date not null, "ended_on" date null, primary key ("id"));`);
    this.addSql(`create index "cross_appointment_home_id_index" on "party"."cross_appointment" ("home_id");`);
    this.addSql(`create index "cross_appointment_host_id_index" on "party"."cross_appointment" ("host_id");`);
    this.addSql(`create index "cross_appointment_street_id_index" on "party"."cross_appointment" ("street_id");`);
    this.addSql(`create index "cross_appointment_community_id_index" on "party"."cross_appointment" ("community_id");`);
    this.addSql(`create index "cross_appointment_person_id_index" on "party"."cross_appointment" ("person_id");`);

    this.addSql(`create table "party"."governance_matter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "neighborhood_id" uuid not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "proposed_by_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "category" "party"."governance_matter_category" not null, "needs_owners_decision" boolean not null, "concerned_company_id" uuid null, "proposed_on" date not null, primary key ("id"));`);
    this.addSql(`create index "governance_matter_proposed_by_id_index" on "party"."governance_matter" ("proposed_by_id");`);
    this.addSql(`create index "governance_matter_street_id_index" on "party"."governance_matter" ("street_id");`);
    this.addSql(`create index "governance_matter_community_id_index" on "party"."governance_matter" ("community_id");`);
    this.addSql(`create index "governance_matter_neighborhood_id_index" on "party"."governance_matter" ("neighborhood_id");`);

    this.addSql(`create table "party"."joint_meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "neighborhood_id" uuid not null, "district_id" uuid not null, "street_id" uuid not null, "community_id" uuid not null, "convened_by_id" uuid not null, "held_at" timestamptz not null, "location" varchar(200) not null, "minutes" text not null default '', "participants" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "joint_meeting_convened_by_id_index" on "party"."joint_meeting" ("convened_by_id");`);
    this.addSql(`create index "joint_meeting_street_id_index" on "party"."joint_meeting" ("street_id");`);
    this.addSql(`create index "joint_meeting_community_id_index" on "party"."joint_meeting" ("community_id");`);
    this.addSql(`create index "joint_meeting_neighborhood_id_index" on "party"."joint_meeting" ("neighborhood_id");`);

    this.addSql(`create table "party"."matter_deliberation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "matter_id" uuid not null, "outcome" "party"."deliberation_outcome" not null, "note" text not null default '', primary key ("id"));`);
    this.addSql(`create index "matter_deliberation_matter_id_index" on "party"."matter_deliberation" ("matter_id");`);
    this.addSql(`alter table "party"."matter_deliberation" add constraint "matter_deliberation_meeting_id_matter_id_unique" unique ("meeting_id", "matter_id");`);

    this.addSql(`alter table "party"."governance_matter" add constraint "governance_matter_proposed_by_id_foreign" foreign key ("proposed_by_id") references "party"."organization" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."joint_meeting" add constraint "joint_meeting_convened_by_id_foreign" foreign key ("convened_by_id") references "party"."organization" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."cross_appointment" add constraint "cross_appointment_term_check" check (term_end > term_start and term_end <= term_start + interval '5 years' and (ended_on is null or ended_on between term_start and term_end));`);
    this.addSql(`alter table "party"."matter_deliberation" add constraint "matter_deliberation_meeting_id_foreign" foreign key ("meeting_id") references "party"."joint_meeting" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."matter_deliberation" add constraint "matter_deliberation_matter_id_foreign" foreign key ("matter_id") references "party"."governance_matter" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party"."matter_deliberation" cascade;`);
    this.addSql(`drop table if exists "party"."cross_appointment" cascade;`);
    this.addSql(`drop table if exists "party"."governance_matter" cascade;`);
    this.addSql(`drop table if exists "party"."joint_meeting" cascade;`);
    this.addSql(`drop type "party"."cross_appointment_kind";`);
    this.addSql(`drop type "party"."governance_matter_category";`);
    this.addSql(`drop type "party"."deliberation_outcome";`);
  }

}
