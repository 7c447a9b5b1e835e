import { Migration } from '@mikro-orm/migrations';

const PATH = `"recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null`;

/**
 * The first committee (首次业主大会): preparatory groups (筹备组) and their members, committee elections (首次选举、换届、
 * 补选) with their candidates, assemblies convened by a preparatory group, and members leaving office (history kept).
 */
export class Migration20261202050000_first_committee extends Migration {
  override name = 'Migration20261202050000_first_committee';

  override up(): void | Promise<void> {
    const indexes = (table: string) => {
      for (const column of ['neighborhood_id', 'street_id', 'district_id']) {
        this.addSql(`create index "${table}_${column}_index" on "owners"."${table}" ("${column}");`);
      }
    };
    this.addSql(`create table "owners"."owners_preparatory_group" ("id" uuid not null, ${PATH}, "status" text not null default 'ACTIVE' check ("status" in ('ACTIVE', 'DISSOLVED', 'COMPLETED')), "formed_at" timestamptz not null, "ended_at" timestamptz null, "ended_by" varchar(200) null, "dissolution_reason" text null, "idempotency_key" varchar(100) null, "version" int not null default 1, primary key ("id"));`);
    indexes('owners_preparatory_group');
    this.addSql(`create unique index "owners_preparatory_group_one_active" on "owners"."owners_preparatory_group" ("neighborhood_id") where "status" = 'ACTIVE';`);
    this.addSql(`create unique index "owners_preparatory_group_idempotency" on "owners"."owners_preparatory_group" ("recorded_by", "idempotency_key") where "idempotency_key" is not null;`);

    this.addSql(`create table "owners"."owners_preparatory_group_member" ("id" uuid not null, ${PATH}, "group_id" uuid not null references "owners"."owners_preparatory_group" ("id") on delete restrict, "person_id" uuid not null, "kind" text not null check ("kind" in ('OWNER_REPRESENTATIVE', 'DEVELOPER', 'STREET', 'RESIDENTS_COMMITTEE')), "leads" boolean not null default false, primary key ("id"), unique ("group_id", "person_id"));`);
    indexes('owners_preparatory_group_member');
    this.addSql(`create index "owners_preparatory_group_member_group_id_index" on "owners"."owners_preparatory_group_member" ("group_id");`);

    this.addSql(`alter table "owners"."owners_assembly" alter column "committee_id" drop not null;`);
    this.addSql(`alter table "owners"."owners_assembly" add column "preparatory_group_id" uuid null references "owners"."owners_preparatory_group" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."owners_assembly" add constraint "owners_assembly_convener" check ("committee_id" is not null or "preparatory_group_id" is not null);`);

    this.addSql(`create table "owners"."owners_election" ("id" uuid not null, ${PATH}, "idempotency_key" varchar(100) null, "kind" text not null check ("kind" in ('FIRST', 'REELECTION', 'BY_ELECTION')), "status" text not null default 'OPEN' check ("status" in ('OPEN', 'PASSED', 'FAILED')), "assembly_id" uuid not null references "owners"."owners_assembly" ("id") on delete restrict, "preparatory_group_id" uuid null references "owners"."owners_preparatory_group" ("id") on delete restrict, "convening_committee_id" uuid null references "owners"."owners_committee" ("id") on delete restrict, "seats" int not null check ("seats" between 5 and 11 and "seats" % 2 = 1), "sitting_members" int not null, "term_years" int null check ("term_years" between 1 and 5), "decided_at" timestamptz null, "decided_by" varchar(200) null, "outcome_reason" text null, "elected_committee_id" uuid null references "owners"."owners_committee" ("id") on delete restrict, "version" int not null default 1, primary key ("id"));`);
    indexes('owners_election');
    this.addSql(`create unique index "owners_election_assembly" on "owners"."owners_election" ("assembly_id");`);
    this.addSql(`create unique index "owners_election_one_open" on "owners"."owners_election" ("neighborhood_id") where "status" = 'OPEN';`);
    this.addSql(`create unique index "owners_election_idempotency" on "owners"."owners_election" ("recorded_by", "idempotency_key") where "idempotency_key" is not null;`);

    this.addSql(`create table "owners"."owners_election_candidate" ("id" uuid not null, ${PATH}, "election_id" uuid not null references "owners"."owners_election" ("id") on delete restrict, "person_id" uuid not null, "position" int not null, "motion_id" uuid not null references "owners"."owners_motion" ("id") on delete restrict, "elected" boolean null, "rank" int null, primary key ("id"), unique ("election_id", "person_id"), unique ("election_id", "position"));`);
    indexes('owners_election_candidate');
    this.addSql(`create index "owners_election_candidate_election_id_index" on "owners"."owners_election_candidate" ("election_id");`);

    this.addSql(`alter table "owners"."committee_member" add column "left_on" timestamptz null, add column "leaving_kind" text null check ("leaving_kind" in ('RESIGNED', 'REMOVED')), add column "leaving_reason" text null, add column "leaving_recorded_by" varchar(200) null, add column "leaving_recorded_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "owners"."committee_member" drop column "left_on", drop column "leaving_kind", drop column "leaving_reason", drop column "leaving_recorded_by", drop column "leaving_recorded_at";`);
    this.addSql(`drop table if exists "owners"."owners_election_candidate" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_election" cascade;`);
    this.addSql(`alter table "owners"."owners_assembly" drop constraint "owners_assembly_convener";`);
    this.addSql(`alter table "owners"."owners_assembly" drop column "preparatory_group_id";`);
    this.addSql(`drop table if exists "owners"."owners_preparatory_group_member" cascade;`);
    this.addSql(`drop table if exists "owners"."owners_preparatory_group" cascade;`);
  }
}
