import { Migration } from '@mikro-orm/migrations';

/**
 * A motion may decide a governance matter (议事事项, 三方联动): the matter's id and the property company it concerns,
 * both from the party subgraph's certificate.
 *
 * Written by `npm run migration:create` and then trimmed: the generator does not know the hand-written triggers and
 * partial indexes of the earlier migrations and proposes to drop them — never keep such lines.
 */
export class Migration20261124004332_governance_matter extends Migration {
  override name = 'Migration20261124004332_governance_matter';

  override up(): void | Promise<void> {
    this.addSql(`alter table "owners"."owners_motion" add "governance_matter_id" uuid null, add "concerned_company_id" uuid null;`);
    this.addSql(`create index "owners_motion_governance_matter_id_index" on "owners"."owners_motion" ("governance_matter_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "owners"."owners_motion_governance_matter_id_index";`);
    this.addSql(`alter table "owners"."owners_motion" drop column "governance_matter_id", drop column "concerned_company_id";`);
  }
}
