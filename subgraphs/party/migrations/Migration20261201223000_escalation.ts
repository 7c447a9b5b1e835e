import { Migration } from '@mikro-orm/migrations';

/** The escalation ladder (逐级呼叫): escalations, each level's call, and districts' response time limits. */
export class Migration20261201223000_escalation extends Migration {
  override name = 'Migration20261201223000_escalation';

  override up(): void | Promise<void> {
    this.addSql(`create type "party"."escalation_subject" as enum ('SERVICE_REQUEST', 'NEIGHBORHOOD_PROBLEM');`);
    this.addSql(`create type "party"."escalation_status" as enum ('OPEN', 'RESOLVED');`);
    this.addSql(`create type "party"."escalation_level" as enum ('NEIGHBORHOOD_BRANCH_SECRETARY', 'COMMUNITY_COMMITTEE_SECRETARY', 'STREET_WORKING_COMMITTEE_SECRETARY', 'COUNTY_DEPARTMENT_SECRETARY', 'COUNTY_SECRETARY');`);
    this.addSql(`create type "party"."escalation_call_reason" as enum ('RAISED', 'CALLED_UP', 'OVERDUE');`);
    this.addSql(`create type "party"."escalation_call_outcome" as enum ('RESOLVED', 'CALLED_UP', 'OVERDUE');`);
    this.addSql(`create table "party"."escalation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "subject" "party"."escalation_subject" not null, "service_request_id" uuid null, "title" varchar(200) not null, "description" text not null, "neighborhood_id" uuid not null, "branch_id" uuid not null, "raised_by" varchar(200) not null, "status" "party"."escalation_status" not null, "current_level" "party"."escalation_level" not null, "due_at" timestamptz not null, "resolved_level" "party"."escalation_level" null, "resolved_by" varchar(200) null, "resolved_at" timestamptz null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "escalation_neighborhood_id_index" on "party"."escalation" ("neighborhood_id");`);
    this.addSql(`create index "escalation_community_id_index" on "party"."escalation" ("community_id");`);
    this.addSql(`create index "escalation_status_due_at_index" on "party"."escalation" ("status", "due_at");`);
    this.addSql(`alter table "party"."escalation" add constraint "escalation_branch_id_foreign" foreign key ("branch_id") references "party"."organization" ("id") on delete restrict;`);
    this.addSql(`create table "party"."escalation_call" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "escalation_id" uuid not null, "level" "party"."escalation_level" not null, "reason" "party"."escalation_call_reason" not null, "holder_organization_id" uuid null, "holder_person_id" uuid null, "called_at" timestamptz not null, "due_at" timestamptz not null, "answered_at" timestamptz null, "answered_by" varchar(200) null, "answer" text null, "outcome" "party"."escalation_call_outcome" null, primary key ("id"));`);
    this.addSql(`create index "escalation_call_escalation_id_index" on "party"."escalation_call" ("escalation_id");`);
    this.addSql(`alter table "party"."escalation_call" add constraint "escalation_call_escalation_id_foreign" foreign key ("escalation_id") references "party"."escalation" ("id") on delete restrict;`);
    this.addSql(`create table "party"."escalation_limit" ("district_id" uuid not null, "level" varchar(40) not null, "hours" int not null, "set_by" varchar(200) not null, primary key ("district_id", "level"));`);
    // Written by hand: each level is called at most once per escalation (the ladder only goes up).
    this.addSql(`alter table "party"."escalation_call" add constraint "escalation_call_level_once" unique ("escalation_id", "level");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party"."escalation_limit" cascade;`);
    this.addSql(`drop table if exists "party"."escalation_call" cascade;`);
    this.addSql(`drop table if exists "party"."escalation" cascade;`);
    for (const type of ['escalation_call_outcome', 'escalation_call_reason', 'escalation_level', 'escalation_status', 'escalation_subject']) this.addSql(`drop type if exists "party"."${type}";`);
  }
}
