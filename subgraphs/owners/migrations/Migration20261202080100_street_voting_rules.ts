import { Migration } from '@mikro-orm/migrations';

/**
 * Local voting rules delegated to a street by its district (授权街道制定表决规则): the delegation (ACTIVE until the district
 * revokes it, with who/when/why), and street rule sets as versions of their own beside the district's, each naming
 * the delegation it was adopted under. Rule sets stay append-only; the new columns are nullable and touch no row.
 */
export class Migration20261202080100_street_voting_rules extends Migration {
  override name = 'Migration20261202080100_street_voting_rules';

  override up(): void | Promise<void> {
    this.addSql(`create table "owners"."owners_voting_rule_delegation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "district_id" uuid not null, "street_id" uuid not null, "status" varchar(20) not null, "reason" varchar(500) null, "delegated_at" timestamptz not null, "delegated_by" varchar(200) not null, "revoked_at" timestamptz null, "revoked_by" varchar(200) null, "revoke_reason" varchar(500) null, "idempotency_key" varchar(100) null, primary key ("id"), constraint "owners_voting_rule_delegation_status_check" check ("status" in ('ACTIVE', 'REVOKED')));`);
    this.addSql(`create unique index "owners_voting_rule_delegation_active" on "owners"."owners_voting_rule_delegation" ("street_id") where "status" = 'ACTIVE';`);
    this.addSql(`create index "owners_voting_rule_delegation_district" on "owners"."owners_voting_rule_delegation" ("district_id", "delegated_at");`);
    this.addSql(`create unique index "owners_voting_rule_delegation_idempotency" on "owners"."owners_voting_rule_delegation" ("delegated_by", "idempotency_key") where "idempotency_key" is not null;`);
    this.addSql(`alter table "owners"."owners_voting_rule_set" add column "street_id" uuid null, add column "delegation_id" uuid null references "owners"."owners_voting_rule_delegation" ("id");`);
    // Versions are counted per district for its own rules and per street for a street's.
    this.addSql(`alter table "owners"."owners_voting_rule_set" drop constraint "owners_voting_rule_set_district_id_version_unique";`);
    this.addSql(`create unique index "owners_voting_rule_set_district_version" on "owners"."owners_voting_rule_set" ("district_id", "version") where "street_id" is null;`);
    this.addSql(`create unique index "owners_voting_rule_set_street_version" on "owners"."owners_voting_rule_set" ("street_id", "version") where "street_id" is not null;`);
    this.addSql(`create index "owners_voting_rule_set_street_effective_from" on "owners"."owners_voting_rule_set" ("street_id", "effective_from") where "street_id" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "owners"."owners_voting_rule_set_street_effective_from";`);
    this.addSql(`drop index "owners"."owners_voting_rule_set_street_version";`);
    this.addSql(`drop index "owners"."owners_voting_rule_set_district_version";`);
    this.addSql(`alter table "owners"."owners_voting_rule_set" add constraint "owners_voting_rule_set_district_id_version_unique" unique ("district_id", "version");`);
    this.addSql(`alter table "owners"."owners_voting_rule_set" drop column "delegation_id", drop column "street_id";`);
    this.addSql(`drop table if exists "owners"."owners_voting_rule_delegation" cascade;`);
  }
}
