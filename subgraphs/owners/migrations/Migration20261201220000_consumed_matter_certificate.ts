import { Migration } from '@mikro-orm/migrations';

/**
 * The RESOLVE certificates used to link motions (no replay): one row per certificate, one certificate per attempt of a
 * matter; append-only like ballots and resolutions.
 */
export class Migration20261201220000_consumed_matter_certificate extends Migration {
  override name = 'Migration20261201220000_consumed_matter_certificate';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."consumed_matter_certificate" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "certificate_id" uuid not null, "governance_matter_id" uuid not null, "attempt" int not null, "motion_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "owners"."consumed_matter_certificate" add constraint "consumed_matter_certificate_certificate_id_unique" unique ("certificate_id");`);
    this.addSql(`alter table "owners"."consumed_matter_certificate" add constraint "consumed_matter_certificate_governance_matter_id_attempt_unique" unique ("governance_matter_id", "attempt");`);
    this.addSql(`create index "consumed_matter_certificate_district_id_index" on "owners"."consumed_matter_certificate" ("district_id");`);
    this.addSql(`create index "consumed_matter_certificate_street_id_index" on "owners"."consumed_matter_certificate" ("street_id");`);
    this.addSql(`create index "consumed_matter_certificate_neighborhood_id_index" on "owners"."consumed_matter_certificate" ("neighborhood_id");`);
    this.addSql(`create index "consumed_matter_certificate_governance_matter_id_index" on "owners"."consumed_matter_certificate" ("governance_matter_id");`);
    this.addSql(`alter table "owners"."consumed_matter_certificate" add constraint "consumed_matter_certificate_motion_id_foreign" foreign key ("motion_id") references "owners"."owners_motion" ("id") on delete restrict;`);
    this.addSql(`create trigger "consumed_matter_certificate_immutable" before update or delete on "owners"."consumed_matter_certificate" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "consumed_matter_certificate_no_truncate" before truncate on "owners"."consumed_matter_certificate" for each statement execute function "owners"."refuse_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "owners"."consumed_matter_certificate" cascade;`);
  }
}
