import { Migration } from '@mikro-orm/migrations';

/** A service request may serve a governance matter (议事事项, 三议一服务): the matter's id, held by id only. */
export class Migration20261124004245_governance_matter extends Migration {

  override name = 'Migration20261124004245_governance_matter';

  override up(): void | Promise<void> {
    this.addSql(`alter table "property"."service_request" add "governance_matter_id" uuid null;`);
    this.addSql(`create index "service_request_governance_matter_id_index" on "property"."service_request" ("governance_matter_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "property"."service_request_governance_matter_id_index";`);
    this.addSql(`alter table "property"."service_request" drop column "governance_matter_id";`);
  }

}
