import { Migration } from '@mikro-orm/migrations';

/**
 * Membership over time: the start of a probationary member's probation and their conversion (转正), a membership
 * leaving the system (转出) with who, when, why and where to, and every transfer of the organisational relationship
 * (组织关系转接) in an append-only table.
 */
export class Migration20261202082000_member_transfer_conversion extends Migration {
  override name = 'Migration20261202082000_member_transfer_conversion';

  override up(): void | Promise<void> {
    this.addSql(`alter table "party"."member" add column "probation_started_on" date null, add column "converted_on" date null, add column "converted_by" varchar(200) null, add column "left_on" date null, add column "left_by" varchar(200) null, add column "leaving_reason" varchar(500) null, add column "left_to" varchar(200) null;`);
    // Probationary members recorded before this had no start: their record's day stands in for it.
    this.addSql(`update "party"."member" set "probation_started_on" = "created_at"::date where "category" = 'PROBATIONARY';`);
    this.addSql(`alter table "party"."member" add constraint "member_conversion_check" check (("converted_on" is null) = ("converted_by" is null) and ("converted_on" is null or ("category" = 'FORMAL' and "probation_started_on" is not null and "converted_on" >= "probation_started_on" + interval '1 year')));`);
    this.addSql(`alter table "party"."member" add constraint "member_leaving_check" check (("left_on" is null) = ("left_by" is null) and ("left_on" is null) = ("leaving_reason" is null) and ("left_on" is null) = ("left_to" is null));`);
    this.addSql(`create table "party"."member_transfer" ("id" uuid not null, "created_at" timestamptz not null, "member_id" uuid not null, "from_organization_id" uuid not null, "to_organization_id" uuid null, "destination" varchar(200) null, "reason" varchar(500) not null, "transferred_on" date not null, "transferred_by" varchar(200) not null, primary key ("id"), constraint "member_transfer_target_check" check (("to_organization_id" is null) <> ("destination" is null)));`);
    this.addSql(`create index "member_transfer_member_id_index" on "party"."member_transfer" ("member_id");`);
    this.addSql(`alter table "party"."member_transfer" add constraint "member_transfer_member_id_foreign" foreign key ("member_id") references "party"."member" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."member_transfer" add constraint "member_transfer_from_organization_id_foreign" foreign key ("from_organization_id") references "party"."organization" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."member_transfer" add constraint "member_transfer_to_organization_id_foreign" foreign key ("to_organization_id") references "party"."organization" ("id") on delete restrict;`);
    this.addSql(`create function "party"."refuse_member_transfer_change"() returns trigger language plpgsql as $$ begin raise exception 'member transfers are append-only'; end $$;`);
    this.addSql(`create trigger "member_transfer_append_only" before update or delete on "party"."member_transfer" for each row execute function "party"."refuse_member_transfer_change"();`);
    this.addSql(`create trigger "member_transfer_no_truncate" before truncate on "party"."member_transfer" for each statement execute function "party"."refuse_member_transfer_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party"."member_transfer" cascade;`);
    this.addSql(`drop function if exists "party"."refuse_member_transfer_change"();`);
    this.addSql(`alter table "party"."member" drop constraint "member_conversion_check", drop constraint "member_leaving_check", drop column "probation_started_on", drop column "converted_on", drop column "converted_by", drop column "left_on", drop column "left_by", drop column "leaving_reason", drop column "left_to";`);
  }
}
