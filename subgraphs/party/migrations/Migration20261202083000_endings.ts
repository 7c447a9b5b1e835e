import { Migration } from '@mikro-orm/migrations';

/**
 * Endings kept as history: a post ended early (its last day, who, why), a service station closed, a central household
 * and a report-in ended. A post ended before it began never held office, so it leaves the one-holder rule.
 */
export class Migration20261202083000_endings extends Migration {
  override name = 'Migration20261202083000_endings';

  override up(): void | Promise<void> {
    for (const [table, prefix] of [['post', 'ended'], ['service_station', 'closed'], ['central_household', 'ended'], ['report_in', 'ended']] as const) {
      const reason = prefix === 'closed' ? 'close_reason' : 'end_reason';
      this.addSql(`alter table "party"."${table}" add column "${prefix}_on" date null, add column "${prefix}_by" varchar(200) null, add column "${reason}" varchar(500) null;`);
      this.addSql(`alter table "party"."${table}" add constraint "${table}_${prefix}_check" check (("${prefix}_on" is null) = ("${prefix}_by" is null) and ("${prefix}_on" is null) = ("${reason}" is null));`);
    }
    this.addSql(`alter table "party"."post" drop constraint "post_one_holder_at_a_time";`);
    this.addSql(`alter table "party"."post" add constraint "post_one_holder_at_a_time"
      exclude using gist ("organization_id" with =, "kind" with =, daterange("term_start", least("term_end", coalesce("ended_on", "term_end")), '[]') with &&)
      where ("kind" in ('SECRETARY', 'GROUP_LEADER') and ("ended_on" is null or "ended_on" >= "term_start"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "party"."post" drop constraint "post_one_holder_at_a_time";`);
    this.addSql(`alter table "party"."post" add constraint "post_one_holder_at_a_time"
      exclude using gist ("organization_id" with =, "kind" with =, daterange("term_start", "term_end", '[]') with &&)
      where ("kind" in ('SECRETARY', 'GROUP_LEADER'));`);
    for (const [table, prefix] of [['post', 'ended'], ['service_station', 'closed'], ['central_household', 'ended'], ['report_in', 'ended']] as const) {
      const reason = prefix === 'closed' ? 'close_reason' : 'end_reason';
      this.addSql(`alter table "party"."${table}" drop constraint "${table}_${prefix}_check", drop column "${prefix}_on", drop column "${prefix}_by", drop column "${reason}";`);
    }
  }
}
