import { Migration } from '@mikro-orm/migrations';

/**
 * Assemblies under the server's clock: a status (convened or cancelled) and a version for postponing and
 * cancelling, and the append-only notices given about each assembly (convening, postponements, cancellation).
 * Existing assemblies get their convening notice from their stored dates.
 */
export class Migration20261201220000_assembly_clock extends Migration {
  override name = 'Migration20261201220000_assembly_clock';

  override up(): void | Promise<void> {
    this.addSql(`create type "owners"."owners_assembly_status" as enum ('CONVENED', 'CANCELLED');`);
    this.addSql(`create type "owners"."owners_assembly_notice_kind" as enum ('CONVENED', 'POSTPONED', 'CANCELLED');`);
    this.addSql(`alter table "owners"."owners_assembly" add column "status" "owners"."owners_assembly_status" not null default 'CONVENED', add column "version" int not null default 1;`);
    this.addSql(`create table "owners"."owners_assembly_notice" ("id" uuid not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, "assembly_id" uuid not null, "kind" "owners"."owners_assembly_notice_kind" not null, "meets_on" timestamptz null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "owners_assembly_notice_neighborhood_id_index" on "owners"."owners_assembly_notice" ("neighborhood_id");`);
    this.addSql(`create index "owners_assembly_notice_street_id_index" on "owners"."owners_assembly_notice" ("street_id");`);
    this.addSql(`create index "owners_assembly_notice_district_id_index" on "owners"."owners_assembly_notice" ("district_id");`);
    this.addSql(`create index "owners_assembly_notice_assembly_id_index" on "owners"."owners_assembly_notice" ("assembly_id");`);
    this.addSql(`alter table "owners"."owners_assembly_notice" add constraint "owners_assembly_notice_assembly_id_foreign" foreign key ("assembly_id") references "owners"."owners_assembly" ("id") on delete restrict;`);
    this.addSql(`insert into "owners"."owners_assembly_notice" (id, recorded_at, recorded_by, neighborhood_id, community_id, street_id, district_id, assembly_id, kind, meets_on)
      select gen_random_uuid(), notice_on, recorded_by, neighborhood_id, community_id, street_id, district_id, id, 'CONVENED', meets_on from "owners"."owners_assembly";`);
    this.addSql(`create trigger "owners_assembly_notice_immutable" before update or delete on "owners"."owners_assembly_notice" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "owners_assembly_notice_no_truncate" before truncate on "owners"."owners_assembly_notice" for each statement execute function "owners"."refuse_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "owners"."owners_assembly_notice" cascade;`);
    this.addSql(`alter table "owners"."owners_assembly" drop column "status", drop column "version";`);
    this.addSql(`drop type "owners"."owners_assembly_notice_kind";`);
    this.addSql(`drop type "owners"."owners_assembly_status";`);
  }
}
