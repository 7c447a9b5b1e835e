import { Migration } from '@mikro-orm/migrations';

/**
 * The rater of the current step returns (退回) or rejects (不予通过) an application, with a reason. A returned
 * application is kept as history and the branch may apply again for that year; a rejected one closes the year.
 * A decided rating moves no further.
 */
export class Migration20261202084000_star_rating_decisions extends Migration {
  override name = 'Migration20261202084000_star_rating_decisions';

  override up(): void | Promise<void> {
    this.addSql(`alter table "party"."star_rating" add column "decision" varchar(20) null, add column "decided_by" varchar(200) null, add column "decided_at" timestamptz null, add column "decision_reason" varchar(500) null;`);
    this.addSql(`alter table "party"."star_rating" add constraint "star_rating_decision_check" check ("decision" in ('RETURNED', 'REJECTED') and "status" <> 'APPROVED' and "decided_by" is not null and "decided_at" is not null and "decision_reason" is not null or "decision" is null and "decided_by" is null and "decided_at" is null and "decision_reason" is null);`);
    this.addSql(`alter table "party"."star_rating" drop constraint "star_rating_organization_id_year_unique";`);
    this.addSql(`create unique index "star_rating_organization_id_year_unique" on "party"."star_rating" ("organization_id", "year") where "decision" is distinct from 'RETURNED';`);
    this.addSql(`create function "party"."check_star_rating_decided"() returns trigger language plpgsql as $$
begin
  if old.decision is not null then
    raise exception 'star rating % was % and is final', old.id, lower(old.decision) using errcode = 'check_violation';
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger "star_rating_decided" before update on "party"."star_rating" for each row execute function "party"."check_star_rating_decided"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "star_rating_decided" on "party"."star_rating";`);
    this.addSql(`drop function if exists "party"."check_star_rating_decided"();`);
    this.addSql(`drop index "party"."star_rating_organization_id_year_unique";`);
    this.addSql(`alter table "party"."star_rating" add constraint "star_rating_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`alter table "party"."star_rating" drop constraint "star_rating_decision_check", drop column "decision", drop column "decided_by", drop column "decided_at", drop column "decision_reason";`);
  }
}
