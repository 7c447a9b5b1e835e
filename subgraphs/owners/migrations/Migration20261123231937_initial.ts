import { Migration } from '@mikro-orm/migrations';

export class Migration20261123231937_initial extends Migration {

  override name = 'Migration20261123231937_initial';

  override up(): void | Promise<void> {
    // The schema exists before migrations run, owned by the migration role (which may not create schemas).
    this.addSql(`create type "owners"."owners_committee_status" as enum ('ACTIVE', 'TERM_ENDED');`);
    this.addSql(`create type "owners"."owners_assembly_form" as enum ('ON_SITE', 'WRITTEN', 'ONLINE');`);
    this.addSql(`create type "owners"."owners_committee_role" as enum ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER', 'EXECUTIVE_SECRETARY');`);
    this.addSql(`create type "owners"."owners_matter_category" as enum ('RULES_OF_PROCEDURE', 'MANAGEMENT_COVENANT', 'ELECT_COMMITTEE', 'HIRE_OR_DISMISS_PROPERTY_COMPANY', 'USE_MAINTENANCE_FUND', 'RAISE_MAINTENANCE_FUND', 'REBUILD', 'CHANGE_COMMON_PARTS_USE', 'OTHER_MAJOR_MATTER');`);
    this.addSql(`create type "owners"."owners_motion_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "owners"."owners_ballot_choice" as enum ('FOR', 'AGAINST', 'ABSTAIN');`);
    this.addSql(`create type "owners"."owners_ballot_channel" as enum ('RESIDENT', 'PAPER', 'PROXY');`);
    this.addSql(`create type "owners"."resolution_outcome" as enum ('PASSED', 'FAILED', 'NO_QUORUM');`);
    this.addSql(`create type "owners"."owners_fund_entry_kind" as enum ('MAINTENANCE_FUND_USE', 'PUBLIC_REVENUE_INCOME', 'PUBLIC_REVENUE_EXPENSE');`);
    this.addSql(`create table "owners"."electorate_snapshot" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "content_hash" varchar(64) not null, "units" jsonb not null, "unit_count" int not null, "total_area" numeric(14,2) not null, "total_owners" int not null, primary key ("id"));`);
    this.addSql(`create index "electorate_snapshot_district_id_index" on "owners"."electorate_snapshot" ("district_id");`);
    this.addSql(`create index "electorate_snapshot_street_id_index" on "owners"."electorate_snapshot" ("street_id");`);
    this.addSql(`create index "electorate_snapshot_neighborhood_id_index" on "owners"."electorate_snapshot" ("neighborhood_id");`);
    this.addSql(`alter table "owners"."electorate_snapshot" add constraint "electorate_snapshot_neighborhood_id_content_hash_unique" unique ("neighborhood_id", "content_hash");`);

    this.addSql(`create table "owners"."negative_list_entry" ("id" uuid not null, "street_id" uuid not null, "person_id" uuid not null, "reason" varchar(300) not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "negative_list_entry_person_id_index" on "owners"."negative_list_entry" ("person_id");`);
    this.addSql(`alter table "owners"."negative_list_entry" add constraint "negative_list_entry_street_id_person_id_unique" unique ("street_id", "person_id");`);

    this.addSql(`create table "owners"."owners_committee" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "elected_on" timestamptz not null, "term_ends_on" timestamptz not null, "filed_on" timestamptz null, "status" "owners"."owners_committee_status" not null default 'ACTIVE', "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "owners_committee_district_id_index" on "owners"."owners_committee" ("district_id");`);
    this.addSql(`create index "owners_committee_street_id_index" on "owners"."owners_committee" ("street_id");`);
    this.addSql(`create index "owners_committee_neighborhood_id_index" on "owners"."owners_committee" ("neighborhood_id");`);
    this.addSql(`alter table "owners"."owners_committee" add constraint "owners_committee_neighborhood_id_elected_on_unique" unique ("neighborhood_id", "elected_on");`);

    this.addSql(`create table "owners"."owners_assembly" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "committee_id" uuid not null, "title" varchar(200) not null, "form" "owners"."owners_assembly_form" not null, "notice_on" timestamptz not null, "meets_on" timestamptz not null, "electorate_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "owners_assembly_district_id_index" on "owners"."owners_assembly" ("district_id");`);
    this.addSql(`create index "owners_assembly_street_id_index" on "owners"."owners_assembly" ("street_id");`);
    this.addSql(`create index "owners_assembly_neighborhood_id_index" on "owners"."owners_assembly" ("neighborhood_id");`);

    this.addSql(`create table "owners"."committee_member" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "committee_id" uuid not null, "person_id" uuid not null, "role" "owners"."owners_committee_role" not null, "party_member" boolean null, "party_member_seen_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "committee_member_district_id_index" on "owners"."committee_member" ("district_id");`);
    this.addSql(`create index "committee_member_street_id_index" on "owners"."committee_member" ("street_id");`);
    this.addSql(`create index "committee_member_neighborhood_id_index" on "owners"."committee_member" ("neighborhood_id");`);
    this.addSql(`create index "committee_member_person_id_index" on "owners"."committee_member" ("person_id");`);
    this.addSql(`alter table "owners"."committee_member" add constraint "committee_member_committee_id_person_id_unique" unique ("committee_id", "person_id");`);

    this.addSql(`create table "owners"."committee_meeting" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "committee_id" uuid not null, "held_at" timestamptz not null, "subject" varchar(200) not null, "present_person_ids" jsonb not null, "member_count" int not null, primary key ("id"));`);
    this.addSql(`create index "committee_meeting_district_id_index" on "owners"."committee_meeting" ("district_id");`);
    this.addSql(`create index "committee_meeting_street_id_index" on "owners"."committee_meeting" ("street_id");`);
    this.addSql(`create index "committee_meeting_neighborhood_id_index" on "owners"."committee_meeting" ("neighborhood_id");`);

    this.addSql(`create table "owners"."committee_decision" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "meeting_id" uuid not null, "title" varchar(200) not null, "in_favour" int not null, "carried" boolean not null, primary key ("id"));`);
    this.addSql(`create index "committee_decision_district_id_index" on "owners"."committee_decision" ("district_id");`);
    this.addSql(`create index "committee_decision_street_id_index" on "owners"."committee_decision" ("street_id");`);
    this.addSql(`create index "committee_decision_neighborhood_id_index" on "owners"."committee_decision" ("neighborhood_id");`);

    this.addSql(`create table "owners"."owners_motion" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "assembly_id" uuid not null, "position" int not null, "title" varchar(200) not null, "description" text null, "category" "owners"."owners_matter_category" not null, "status" "owners"."owners_motion_status" not null default 'OPEN', "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "owners_motion_district_id_index" on "owners"."owners_motion" ("district_id");`);
    this.addSql(`create index "owners_motion_street_id_index" on "owners"."owners_motion" ("street_id");`);
    this.addSql(`create index "owners_motion_neighborhood_id_index" on "owners"."owners_motion" ("neighborhood_id");`);
    this.addSql(`alter table "owners"."owners_motion" add constraint "owners_motion_assembly_id_position_unique" unique ("assembly_id", "position");`);

    this.addSql(`create table "owners"."owners_ballot" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "motion_id" uuid not null, "unit_id" uuid not null, "choice" "owners"."owners_ballot_choice" not null, "channel" "owners"."owners_ballot_channel" not null, "voter_person_id" uuid null, "proxy_name" varchar(100) null, "idempotency_key" varchar(100) not null, primary key ("id"));`);
    this.addSql(`create index "owners_ballot_district_id_index" on "owners"."owners_ballot" ("district_id");`);
    this.addSql(`create index "owners_ballot_street_id_index" on "owners"."owners_ballot" ("street_id");`);
    this.addSql(`create index "owners_ballot_neighborhood_id_index" on "owners"."owners_ballot" ("neighborhood_id");`);
    this.addSql(`alter table "owners"."owners_ballot" add constraint "owners_ballot_idempotency" unique ("recorded_by", "idempotency_key");`);
    this.addSql(`alter table "owners"."owners_ballot" add constraint "owners_ballot_one_per_unit" unique ("motion_id", "unit_id");`);

    this.addSql(`create table "owners"."resolution" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "motion_id" uuid not null, "electorate_id" uuid not null, "title" varchar(200) not null, "category" "owners"."owners_matter_category" not null, "special" boolean not null, "outcome" "owners"."resolution_outcome" not null, "total_area" numeric(14,2) not null, "total_owners" int not null, "participating_area" numeric(14,2) not null, "participating_owners" int not null, "approving_area" numeric(14,2) not null, "approving_owners" int not null, "quorum_met" boolean not null, "thresholds" jsonb not null, "decided_at" timestamptz not null, "corrects_id" uuid null, "correction_reason" text null, primary key ("id"));`);
    this.addSql(`create index "resolution_district_id_index" on "owners"."resolution" ("district_id");`);
    this.addSql(`create index "resolution_street_id_index" on "owners"."resolution" ("street_id");`);
    this.addSql(`create index "resolution_neighborhood_id_index" on "owners"."resolution" ("neighborhood_id");`);

    this.addSql(`create table "owners"."owners_fund_entry" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "kind" "owners"."owners_fund_entry_kind" not null, "amount" numeric(14,2) not null, "purpose" varchar(300) not null, "resolution_id" uuid null, "emergency_reason" text null, primary key ("id"));`);
    this.addSql(`create index "owners_fund_entry_district_id_index" on "owners"."owners_fund_entry" ("district_id");`);
    this.addSql(`create index "owners_fund_entry_street_id_index" on "owners"."owners_fund_entry" ("street_id");`);
    this.addSql(`create index "owners_fund_entry_neighborhood_id_index" on "owners"."owners_fund_entry" ("neighborhood_id");`);

    this.addSql(`create table "owners"."resolution_publication" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "resolution_id" uuid not null, "due_by" timestamptz not null, "on_time" boolean not null, "place" varchar(300) not null, primary key ("id"));`);
    this.addSql(`create index "resolution_publication_district_id_index" on "owners"."resolution_publication" ("district_id");`);
    this.addSql(`create index "resolution_publication_street_id_index" on "owners"."resolution_publication" ("street_id");`);
    this.addSql(`create index "resolution_publication_neighborhood_id_index" on "owners"."resolution_publication" ("neighborhood_id");`);
    this.addSql(`alter table "owners"."resolution_publication" add constraint "resolution_publication_resolution_id_unique" unique ("resolution_id");`);

    this.addSql(`alter table "owners"."owners_assembly" add constraint "owners_assembly_committee_id_foreign" foreign key ("committee_id") references "owners"."owners_committee" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."owners_assembly" add constraint "owners_assembly_electorate_id_foreign" foreign key ("electorate_id") references "owners"."electorate_snapshot" ("id") on delete restrict;`);

    this.addSql(`alter table "owners"."committee_member" add constraint "committee_member_committee_id_foreign" foreign key ("committee_id") references "owners"."owners_committee" ("id") on delete cascade;`);

    this.addSql(`alter table "owners"."committee_meeting" add constraint "committee_meeting_committee_id_foreign" foreign key ("committee_id") references "owners"."owners_committee" ("id") on delete restrict;`);

    this.addSql(`alter table "owners"."committee_decision" add constraint "committee_decision_meeting_id_foreign" foreign key ("meeting_id") references "owners"."committee_meeting" ("id") on delete restrict;`);

    this.addSql(`alter table "owners"."owners_motion" add constraint "owners_motion_assembly_id_foreign" foreign key ("assembly_id") references "owners"."owners_assembly" ("id") on delete restrict;`);

    this.addSql(`alter table "owners"."owners_ballot" add constraint "owners_ballot_motion_id_foreign" foreign key ("motion_id") references "owners"."owners_motion" ("id") on delete restrict;`);

    this.addSql(`alter table "owners"."resolution" add constraint "resolution_motion_id_foreign" foreign key ("motion_id") references "owners"."owners_motion" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."resolution" add constraint "resolution_electorate_id_foreign" foreign key ("electorate_id") references "owners"."electorate_snapshot" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."resolution" add constraint "resolution_corrects_id_foreign" foreign key ("corrects_id") references "owners"."resolution" ("id") on delete restrict;`);

    this.addSql(`alter table "owners"."owners_fund_entry" add constraint "owners_fund_entry_resolution_id_foreign" foreign key ("resolution_id") references "owners"."resolution" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."owners_fund_entry" add constraint "owners_fund_entry_amount_positive" check (amount > 0);`);
    this.addSql(`alter table "owners"."owners_fund_entry" add constraint "owners_fund_entry_authorised" check ((resolution_id is not null) <> (emergency_reason is not null));`);

    this.addSql(`alter table "owners"."resolution_publication" add constraint "resolution_publication_resolution_id_foreign" foreign key ("resolution_id") references "owners"."resolution" ("id") on delete restrict;`);

    // Written by hand: rules the database itself enforces.
    // One original resolution per motion, and at most one correction of each resolution.
    this.addSql(`create unique index "resolution_one_original_per_motion" on "owners"."resolution" ("motion_id") where "corrects_id" is null;`);
    this.addSql(`create unique index "resolution_one_correction_each" on "owners"."resolution" ("corrects_id") where "corrects_id" is not null;`);
    // Recorded ballots, resolutions, publications, electorates and fund entries can never be changed or removed,
    // not even by SQL from the application's own connection: a correction is a new row referencing the old one.
    this.addSql(`create function "owners"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'owners.%: recorded rows are immutable; record a correction instead', tg_table_name using errcode = 'P0001';
      end $$;`);
    for (const table of ['owners_ballot', 'resolution', 'resolution_publication', 'electorate_snapshot', 'owners_fund_entry', 'committee_meeting', 'committee_decision']) {
      this.addSql(`create trigger "${table}_immutable" before update or delete on "owners"."${table}" for each row execute function "owners"."refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "owners"."${table}" for each statement execute function "owners"."refuse_change"();`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "owners"."owners_assembly" drop constraint "owners_assembly_electorate_id_foreign";`);
    this.addSql(`alter table "owners"."resolution" drop constraint "resolution_electorate_id_foreign";`);
    this.addSql(`alter table "owners"."owners_assembly" drop constraint "owners_assembly_committee_id_foreign";`);
    this.addSql(`alter table "owners"."committee_member" drop constraint "committee_member_committee_id_foreign";`);
    this.addSql(`alter table "owners"."committee_meeting" drop constraint "committee_meeting_committee_id_foreign";`);
    this.addSql(`alter table "owners"."owners_motion" drop constraint "owners_motion_assembly_id_foreign";`);
    this.addSql(`alter table "owners"."committee_decision" drop constraint "committee_decision_meeting_id_foreign";`);
    this.addSql(`alter table "owners"."owners_ballot" drop constraint "owners_ballot_motion_id_foreign";`);
    this.addSql(`alter table "owners"."resolution" drop constraint "resolution_motion_id_foreign";`);
    this.addSql(`alter table "owners"."resolution" drop constraint "resolution_corrects_id_foreign";`);
    this.addSql(`alter table "owners"."owners_fund_entry" drop constraint "owners_fund_entry_resolution_id_foreign";`);
    this.addSql(`alter table "owners"."resolution_publication" drop constraint "resolution_publication_resolution_id_foreign";`);

    this.addSql(`drop table if exists "owners"."electorate_snapshot" cascade;`);
    this.addSql(`drop table if exists "owners"."negative_list_entry" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_committee" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_assembly" cascade;`);
    this.addSql(`drop table if exists "owners"."committee_member" cascade;`);
    this.addSql(`drop table if exists "owners"."committee_meeting" cascade;`);
    this.addSql(`drop table if exists "owners"."committee_decision" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_motion" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_ballot" cascade;`);
    this.addSql(`drop table if exists "owners"."resolution" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_fund_entry" cascade;`);
    this.addSql(`drop table if exists "owners"."resolution_publication" cascade;`);

    this.addSql(`drop function if exists "owners"."refuse_change"() cascade;`);
    this.addSql(`drop type "owners"."owners_committee_status";`);
    this.addSql(`drop type "owners"."owners_assembly_form";`);
    this.addSql(`drop type "owners"."owners_committee_role";`);
    this.addSql(`drop type "owners"."owners_matter_category";`);
    this.addSql(`drop type "owners"."owners_motion_status";`);
    this.addSql(`drop type "owners"."owners_ballot_choice";`);
    this.addSql(`drop type "owners"."owners_ballot_channel";`);
    this.addSql(`drop type "owners"."resolution_outcome";`);
    this.addSql(`drop type "owners"."owners_fund_entry_kind";`);
    this.addSql(`drop schema if exists "owners";`);
  }

}
