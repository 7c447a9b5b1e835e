import { Migration } from '@mikro-orm/migrations';

/**
 * One community committee per community and one party group per building count only standing organisations: once
 * one is dissolved (its row kept as history), a successor may be created in the same place.
 */
export class Migration20261202086000_successor_organizations extends Migration {
  override name = 'Migration20261202086000_successor_organizations';

  override up(): void | Promise<void> {
    this.addSql(`drop index "party"."organization_community_committee_unique";`);
    this.addSql(`create unique index "organization_community_committee_unique" on "party"."organization" ("community_id") where kind = 'COMMUNITY_COMMITTEE' and dissolved_on is null;`);
    this.addSql(`drop index "party"."organization_building_group_unique";`);
    this.addSql(`create unique index "organization_building_group_unique" on "party"."organization" ("building_id") where kind = 'BUILDING_GROUP' and dissolved_on is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "party"."organization_community_committee_unique";`);
    this.addSql(`create unique index "organization_community_committee_unique" on "party"."organization" ("community_id") where kind = 'COMMUNITY_COMMITTEE';`);
    this.addSql(`drop index "party"."organization_building_group_unique";`);
    this.addSql(`create unique index "organization_building_group_unique" on "party"."organization" ("building_id") where kind = 'BUILDING_GROUP';`);
  }
}
