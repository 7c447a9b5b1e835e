import { Migration } from '@mikro-orm/migrations';

/**
 * Local voting rules per matter category, versioned per district (append-only), and the thresholds and rule set
 * fixed on each motion when its assembly is convened and named on each resolution.
 */
export class Migration20261201230000_voting_rules extends Migration {
  override name = 'Migration20261201230000_voting_rules';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."owners_voting_rule_set" ("id" uuid not null, "district_id" uuid not null, "version" int not null, "name" varchar(200) not null, "source" varchar(500) not null, "effective_from" timestamptz not null, "rules" jsonb not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`alter table "owners"."owners_voting_rule_set" add constraint "owners_voting_rule_set_district_id_version_unique" unique ("district_id", "version");`);
    this.addSql(`create index "owners_voting_rule_set_district_id_effective_from_index" on "owners"."owners_voting_rule_set" ("district_id", "effective_from");`);
    this.addSql(`create trigger "owners_voting_rule_set_immutable" before update or delete on "owners"."owners_voting_rule_set" for each row execute function "owners"."refuse_change"();`);
    this.addSql(`create trigger "owners_voting_rule_set_no_truncate" before truncate on "owners"."owners_voting_rule_set" for each statement execute function "owners"."refuse_change"();`);
    this.addSql(`alter table "owners"."owners_motion" add column "thresholds" jsonb null, add column "rule_set_label" text null;`);
    this.addSql(`alter table "owners"."resolution" add column "rule_set_label" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "owners"."resolution" drop column "rule_set_label";`);
    this.addSql(`alter table "owners"."owners_motion" drop column "thresholds", drop column "rule_set_label";`);
    this.addSql(`drop table if exists "owners"."owners_voting_rule_set" cascade;`);
  }
}
