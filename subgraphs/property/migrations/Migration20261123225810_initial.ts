import { Migration } from '@mikro-orm/migrations';

export class Migration20261123225810_initial extends Migration {

  override name = 'Migration20261123225810_initial';

  override up(): void | Promise<void> {
    // The schema exists before migrations run, owned by the migration role (which may not create schemas).
    this.addSql(`create type "property"."property_company_status" as enum ('ACTIVE', 'SUSPENDED', 'DEREGISTERED');`);
    this.addSql(`create type "property"."property_post_kind" as enum ('PROJECT_MANAGER', 'ADMINISTRATOR', 'CUSTOMER_SERVICE', 'MAINTENANCE_LEAD');`);
    this.addSql(`create type "property"."property_evaluator" as enum ('PARTY_BRANCH', 'OWNERS_COMMITTEE');`);
    this.addSql(`create type "property"."service_request_category" as enum ('NOISE', 'PARKING', 'ELEVATOR', 'DRAINAGE', 'EV_CHARGING', 'GREENERY', 'SANITATION', 'OTHER');`);
    this.addSql(`create type "property"."service_request_status" as enum ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'EVALUATED', 'REOPENED');`);
    this.addSql(`create type "property"."service_request_action" as enum ('SUBMIT', 'ACCEPT', 'START', 'RESOLVE', 'EVALUATE', 'REOPEN', 'REASSIGN');`);
    this.addSql(`create type "property"."actor_role" as enum ('DISTRICT', 'STREET', 'COMMUNITY', 'PARTY_BRANCH', 'PROPERTY_COMPANY', 'OWNERS_COMMITTEE', 'JOINT_UNIT', 'RESIDENT');`);
    this.addSql(`create table "property"."property_company" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "credit_code" varchar(18) not null, "party_organization_id" uuid null, "status" "property"."property_company_status" not null default 'ACTIVE', primary key ("id"));`);
    this.addSql(`alter table "property"."property_company" add constraint "property_company_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "property"."service_contract" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "company_id" uuid not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "starts_on" date not null, "ends_on" date null, "ended_on" date null, "end_reason" varchar(500) null, "fee_standard" numeric(8,2) not null, primary key ("id"));`);
    this.addSql(`create index "service_contract_street_id_index" on "property"."service_contract" ("street_id");`);
    this.addSql(`create index "service_contract_community_id_index" on "property"."service_contract" ("community_id");`);
    this.addSql(`create index "service_contract_company_id_index" on "property"."service_contract" ("company_id");`);
    this.addSql(`create index "service_contract_neighborhood_id_index" on "property"."service_contract" ("neighborhood_id");`);

    this.addSql(`create table "property"."property_post" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "contract_id" uuid not null, "company_id" uuid not null, "person_id" uuid not null, "kind" "property"."property_post_kind" not null, "starts_on" date not null, "ends_on" date null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "property_post_contract_id_index" on "property"."property_post" ("contract_id");`);
    this.addSql(`create index "property_post_person_id_index" on "property"."property_post" ("person_id");`);

    this.addSql(`create table "property"."fee_collection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "contract_id" uuid not null, "company_id" uuid not null, "year" smallint not null, "billed" numeric(14,2) not null, "collected" numeric(14,2) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "property"."fee_collection" add constraint "fee_collection_contract_id_year_unique" unique ("contract_id", "year");`);

    this.addSql(`create table "property"."service_evaluation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "contract_id" uuid not null, "company_id" uuid not null, "evaluator" "property"."property_evaluator" not null, "evaluator_organization_id" uuid not null, "year" smallint not null, "quarter" smallint not null, "scores" jsonb not null, "total_score" numeric(5,2) not null, "remarks" varchar(1000) null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "service_evaluation_company_id_index" on "property"."service_evaluation" ("company_id");`);
    this.addSql(`alter table "property"."service_evaluation" add constraint "service_evaluation_contract_id_evaluator_year_quarter_unique" unique ("contract_id", "evaluator", "year", "quarter");`);

    this.addSql(`create table "property"."service_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "contract_id" uuid not null, "company_id" uuid not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "resident_person_id" uuid not null, "recorded_by_person_id" uuid null, "category" "property"."service_request_category" not null, "location" varchar(200) not null, "description" varchar(1000) not null, "status" "property"."service_request_status" not null default 'SUBMITTED', "satisfaction" smallint null, "reopen_count" smallint not null default 0, "tracking_number" varchar(24) not null, "submitted_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "property"."service_request" add constraint "service_request_tracking_number_unique" unique ("tracking_number");`);
    this.addSql(`create index "service_request_street_id_index" on "property"."service_request" ("street_id");`);
    this.addSql(`create index "service_request_community_id_index" on "property"."service_request" ("community_id");`);
    this.addSql(`create index "service_request_resident_person_id_index" on "property"."service_request" ("resident_person_id");`);
    this.addSql(`create index "service_request_company_id_index" on "property"."service_request" ("company_id");`);
    this.addSql(`create index "service_request_neighborhood_id_submitted_at_index" on "property"."service_request" ("neighborhood_id", "submitted_at");`);

    this.addSql(`create table "property"."service_request_step" ("id" uuid not null, "request_id" uuid not null, "action" "property"."service_request_action" not null, "from_status" "property"."service_request_status" null, "to_status" "property"."service_request_status" not null, "actor_role" "property"."actor_role" not null, "actor_person_id" uuid null, "actor_organization_id" uuid null, "actor_subject" varchar(200) not null, "at" timestamptz not null, "note" varchar(1000) null, "satisfaction" smallint null, primary key ("id"));`);
    this.addSql(`create index "service_request_step_request_id_at_index" on "property"."service_request_step" ("request_id", "at");`);

    this.addSql(`alter table "property"."service_contract" add constraint "service_contract_company_id_foreign" foreign key ("company_id") references "property"."property_company" ("id") on delete restrict;`);

    this.addSql(`alter table "property"."property_post" add constraint "property_post_contract_id_foreign" foreign key ("contract_id") references "property"."service_contract" ("id") on delete restrict;`);
    this.addSql(`alter table "property"."property_post" add constraint "property_post_company_id_foreign" foreign key ("company_id") references "property"."property_company" ("id") on delete restrict;`);

    this.addSql(`alter table "property"."fee_collection" add constraint "fee_collection_contract_id_foreign" foreign key ("contract_id") references "property"."service_contract" ("id") on delete restrict;`);
    this.addSql(`alter table "property"."fee_collection" add constraint "fee_collection_company_id_foreign" foreign key ("company_id") references "property"."property_company" ("id") on delete restrict;`);

    this.addSql(`alter table "property"."service_evaluation" add constraint "service_evaluation_contract_id_foreign" foreign key ("contract_id") references "property"."service_contract" ("id") on delete restrict;`);
    this.addSql(`alter table "property"."service_evaluation" add constraint "service_evaluation_company_id_foreign" foreign key ("company_id") references "property"."property_company" ("id") on delete restrict;`);

    this.addSql(`alter table "property"."service_request" add constraint "service_request_contract_id_foreign" foreign key ("contract_id") references "property"."service_contract" ("id") on delete restrict;`);
    this.addSql(`alter table "property"."service_request" add constraint "service_request_company_id_foreign" foreign key ("company_id") references "property"."property_company" ("id") on delete restrict;`);

    this.addSql(`alter table "property"."service_request_step" add constraint "service_request_step_request_id_foreign" foreign key ("request_id") references "property"."service_request" ("id") on delete restrict;`);

    // Written by hand: rules the database itself enforces, whatever code writes to it.
    // At most one contract per neighborhood at any time: periods [starts_on, ended_on or ends_on) never overlap.
    this.addSql(`create extension if not exists btree_gist with schema public;`);
    this.addSql(`alter table "property"."service_contract" add constraint "service_contract_no_overlap" exclude using gist ("neighborhood_id" with =, daterange("starts_on", coalesce("ended_on", "ends_on"), '[)') with &&);`);
    this.addSql(`alter table "property"."service_contract" add constraint "service_contract_period_check" check (("ends_on" is null or "ends_on" > "starts_on") and ("ended_on" is null or "ended_on" > "starts_on") and ("ended_on" is null or "ends_on" is null or "ended_on" <= "ends_on"));`);
    this.addSql(`alter table "property"."service_contract" add constraint "service_contract_fee_standard_check" check ("fee_standard" > 0);`);
    this.addSql(`alter table "property"."property_company" add constraint "property_company_credit_code_check" check ("credit_code" ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$');`);
    this.addSql(`alter table "property"."property_post" add constraint "property_post_term_check" check ("ends_on" is null or "ends_on" >= "starts_on");`);
    this.addSql(`create unique index "property_post_one_project_manager" on "property"."property_post" ("contract_id") where "kind" = 'PROJECT_MANAGER' and "ends_on" is null;`);
    this.addSql(`alter table "property"."service_request" add constraint "service_request_satisfaction_check" check ("satisfaction" between 1 and 5 and "status" = 'EVALUATED' or "satisfaction" is null and "status" <> 'EVALUATED');`);
    this.addSql(`alter table "property"."service_request_step" add constraint "service_request_step_satisfaction_check" check ("satisfaction" is null or "satisfaction" between 1 and 5);`);
    this.addSql(`alter table "property"."service_evaluation" add constraint "service_evaluation_quarter_check" check ("quarter" between 1 and 4 and "total_score" between 0 and 100);`);
    this.addSql(`alter table "property"."fee_collection" add constraint "fee_collection_amounts_check" check ("billed" >= 0 and "collected" >= 0 and "collected" <= "billed");`);
    // The history of a request is append-only.
    this.addSql(`create function "property"."refuse_step_change"() returns trigger language plpgsql as $$ begin raise exception 'service request steps are append-only'; end $$;`);
    this.addSql(`create trigger "service_request_step_append_only" before update or delete on "property"."service_request_step" for each row execute function "property"."refuse_step_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "property"."service_contract" drop constraint "service_contract_company_id_foreign";`);
    this.addSql(`alter table "property"."property_post" drop constraint "property_post_company_id_foreign";`);
    this.addSql(`alter table "property"."fee_collection" drop constraint "fee_collection_company_id_foreign";`);
    this.addSql(`alter table "property"."service_evaluation" drop constraint "service_evaluation_company_id_foreign";`);
    this.addSql(`alter table "property"."service_request" drop constraint "service_request_company_id_foreign";`);
    this.addSql(`alter table "property"."property_post" drop constraint "property_post_contract_id_foreign";`);
    this.addSql(`alter table "property"."fee_collection" drop constraint "fee_collection_contract_id_foreign";`);
    this.addSql(`alter table "property"."service_evaluation" drop constraint "service_evaluation_contract_id_foreign";`);
    this.addSql(`alter table "property"."service_request" drop constraint "service_request_contract_id_foreign";`);
    this.addSql(`alter table "property"."service_request_step" drop constraint "service_request_step_request_id_foreign";`);

    this.addSql(`drop table if exists "property"."property_company" cascade;`);
    this.addSql(`drop table if exists "property"."service_contract" cascade;`);
    this.addSql(`drop table if exists "property"."property_post" cascade;`);
    this.addSql(`drop table if exists "property"."fee_collection" cascade;`);
    this.addSql(`drop table if exists "property"."service_evaluation" cascade;`);
    this.addSql(`drop table if exists "property"."service_request" cascade;`);
    this.addSql(`drop table if exists "property"."service_request_step" cascade;`);
    this.addSql(`drop function if exists "property"."refuse_step_change"();`);

    this.addSql(`drop type "property"."property_company_status";`);
    this.addSql(`drop type "property"."property_post_kind";`);
    this.addSql(`drop type "property"."property_evaluator";`);
    this.addSql(`drop type "property"."service_request_category";`);
    this.addSql(`drop type "property"."service_request_status";`);
    this.addSql(`drop type "property"."service_request_action";`);
    this.addSql(`drop type "property"."actor_role";`);
    this.addSql(`drop schema if exists "property";`);
  }

}
