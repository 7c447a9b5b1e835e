import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 7 (三议一服务): a project may serve a governance matter of the party subgraph, kept by id; and a unit's
 * people may hold the post of weekend secretary (周末书记), as the demo's cross-appointments need.
 */
export class Migration20261124004254_governance_matter extends Migration {
  override name = 'Migration20261124004254_governance_matter';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cobuilding"."project" add "governance_matter_id" uuid null;`);
    this.addSql(`create index "project_governance_matter_id_index" on "cobuilding"."project" ("governance_matter_id");`);
    this.addSql(`alter type "cobuilding"."unit_post_title" add value if not exists 'WEEKEND_SECRETARY' after 'VOLUNTEER_LEADER';`);
  }

  override down(): void | Promise<void> {
    // Postgres cannot drop an enum value; WEEKEND_SECRETARY stays in the type.
    this.addSql(`drop index "cobuilding"."project_governance_matter_id_index";`);
    this.addSql(`alter table "cobuilding"."project" drop column "governance_matter_id";`);
  }
}
