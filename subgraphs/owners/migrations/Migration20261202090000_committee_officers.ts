import { Migration } from '@mikro-orm/migrations';

/** The committee's choice of its director and deputies by a decision of its meeting (推选主任、副主任); immutable. */
export class Migration20261202090000_committee_officers extends Migration {
  override name = 'Migration20261202090000_committee_officers';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."committee_officer_choice" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "committee_id" uuid not null, "decision_id" uuid not null, "director_person_id" uuid not null, "deputy_person_ids" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "owners"."committee_officer_choice" add constraint "committee_officer_choice_decision_id_unique" unique ("decision_id");`);
    this.addSql(`create index "committee_officer_choice_committee_id_index" on "owners"."committee_officer_choice" ("committee_id");`);
    this.addSql(`create index "committee_officer_choice_neighborhood_id_index" on "owners"."committee_officer_choice" ("neighborhood_id");`);
    this.addSql(`create index "committee_officer_choice_street_id_index" on "owners"."committee_officer_choice" ("street_id");`);
    this.addSql(`create index "committee_officer_choice_district_id_index" on "owners"."committee_officer_choice" ("district_id");`);
    this.addSql(`alter table "owners"."committee_officer_choice" add constraint "committee_officer_choice_committee_id_foreign" foreign key ("committee_id") references "owners"."owners_committee" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."committee_officer_choice" add constraint "committee_officer_choice_decision_id_foreign" foreign key ("decision_id") references "owners"."committee_decision" ("id") on delete restrict;`);
    this.addSql(`create trigger "committee_officer_choice_immutable" before update or delete on "owners"."committee_officer_choice" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "committee_officer_choice_no_truncate" before truncate on "owners"."committee_officer_choice" for each statement execute function "owners"."refuse_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "owners"."committee_officer_choice" cascade;`);
  }
}
