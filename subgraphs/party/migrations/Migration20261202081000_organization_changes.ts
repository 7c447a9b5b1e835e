import { Migration } from '@mikro-orm/migrations';

/**
 * Editing, dissolving and moving a party organisation: contact details, and a dissolution kept as history (who, when,
 * why). A dissolved branch no longer covers its neighborhoods, so the coverage check ignores it.
 */
export class Migration20261202081000_organization_changes extends Migration {
  override name = 'Migration20261202081000_organization_changes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "party"."organization" add column "contact_phone" varchar(30) null, add column "office_address" varchar(200) null, add column "dissolved_on" date null, add column "dissolved_by" varchar(200) null, add column "dissolution_reason" varchar(500) null;`);
    this.addSql(`alter table "party"."organization" add constraint "organization_dissolution_check" check (("dissolved_on" is null) = ("dissolved_by" is null) and ("dissolved_on" is null) = ("dissolution_reason" is null));`);
    this.addSql(`create or replace function "party"."check_branch_coverage"() returns trigger language plpgsql as $$
begin
  if new.kind = 'NEIGHBORHOOD_BRANCH' and new.dissolved_on is null then
    perform pg_advisory_xact_lock(hashtext('party.branch_coverage'));
    if exists (select 1 from party.organization other where other.kind = 'NEIGHBORHOOD_BRANCH' and other.dissolved_on is null and other.id <> new.id and other.neighborhood_ids && new.neighborhood_ids) then
      raise exception 'a neighborhood of branch % is already covered by another branch', new.id using errcode = 'unique_violation';
    end if;
  end if;
  return new;
end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function "party"."check_branch_coverage"() returns trigger language plpgsql as $$
begin
  if new.kind = 'NEIGHBORHOOD_BRANCH' then
    perform pg_advisory_xact_lock(hashtext('party.branch_coverage'));
    if exists (select 1 from party.organization other where other.kind = 'NEIGHBORHOOD_BRANCH' and other.id <> new.id and other.neighborhood_ids && new.neighborhood_ids) then
      raise exception 'a neighborhood of branch % is already covered by another branch', new.id using errcode = 'unique_violation';
    end if;
  end if;
  return new;
end $$;`);
    this.addSql(`alter table "party"."organization" drop constraint "organization_dissolution_check", drop column "contact_phone", drop column "office_address", drop column "dissolved_on", drop column "dissolved_by", drop column "dissolution_reason";`);
  }
}
