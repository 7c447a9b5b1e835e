import { Migration } from '@mikro-orm/migrations';

/** Corrections of mis-entered paper or proxy ballots before closing: one per ballot, append-only like the ballots. */
export class Migration20261201223000_ballot_correction extends Migration {
  override name = 'Migration20261201223000_ballot_correction';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."owners_ballot_correction" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "ballot_id" uuid not null, "motion_id" uuid not null, "corrected_choice" "owners"."owners_ballot_choice" null, "reason" text not null, "idempotency_key" varchar(100) not null, primary key ("id"));`);
    this.addSql(`create index "owners_ballot_correction_neighborhood_id_index" on "owners"."owners_ballot_correction" ("neighborhood_id");`);
    this.addSql(`create index "owners_ballot_correction_street_id_index" on "owners"."owners_ballot_correction" ("street_id");`);
    this.addSql(`create index "owners_ballot_correction_district_id_index" on "owners"."owners_ballot_correction" ("district_id");`);
    this.addSql(`create index "owners_ballot_correction_motion_id_index" on "owners"."owners_ballot_correction" ("motion_id");`);
    this.addSql(`alter table "owners"."owners_ballot_correction" add constraint "owners_ballot_correction_one_per_ballot" unique ("ballot_id");`);
    this.addSql(`alter table "owners"."owners_ballot_correction" add constraint "owners_ballot_correction_idempotency" unique ("recorded_by", "idempotency_key");`);
    this.addSql(`alter table "owners"."owners_ballot_correction" add constraint "owners_ballot_correction_ballot_id_foreign" foreign key ("ballot_id") references "owners"."owners_ballot" ("id") on delete restrict;`);
    this.addSql(`alter table "owners"."owners_ballot_correction" add constraint "owners_ballot_correction_motion_id_foreign" foreign key ("motion_id") references "owners"."owners_motion" ("id") on delete restrict;`);
    this.addSql(`create trigger "owners_ballot_correction_immutable" before update or delete on "owners"."owners_ballot_correction" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "owners_ballot_correction_no_truncate" before truncate on "owners"."owners_ballot_correction" for each statement execute function "owners"."refuse_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "owners"."owners_ballot_correction" cascade;`);
  }
}
