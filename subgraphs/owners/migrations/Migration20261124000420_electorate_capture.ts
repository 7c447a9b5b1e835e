import { Migration } from '@mikro-orm/migrations';

/**
 * Each reading of the registry's roster, so that the roster in force is the latest one read, even when it went back
 * to an earlier state. Append-only like the snapshots.
 *
 * Written by `npm run migration:create` and then trimmed: the generator does not know the hand-written triggers and
 * partial indexes of the initial migration and proposes to drop them — never keep such lines.
 */
export class Migration20261124000420_electorate_capture extends Migration {
  override name = 'Migration20261124000420_electorate_capture';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."electorate_capture" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "snapshot_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "electorate_capture_district_id_index" on "owners"."electorate_capture" ("district_id");`);
    this.addSql(`create index "electorate_capture_street_id_index" on "owners"."electorate_capture" ("street_id");`);
    this.addSql(`create index "electorate_capture_neighborhood_id_index" on "owners"."electorate_capture" ("neighborhood_id");`);
    this.addSql(`create index "electorate_capture_neighborhood_id_recorded_at_index" on "owners"."electorate_capture" ("neighborhood_id", "recorded_at");`);
    this.addSql(`alter table "owners"."electorate_capture" add constraint "electorate_capture_snapshot_id_foreign" foreign key ("snapshot_id") references "owners"."electorate_snapshot" ("id") on delete restrict;`);
    this.addSql(`create trigger "electorate_capture_immutable" before update or delete on "owners"."electorate_capture" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "electorate_capture_no_truncate" before truncate on "owners"."electorate_capture" for each statement execute function "owners"."refuse_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "owners"."electorate_capture" cascade;`);
  }
}
