import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 7 (三议一服务): a project may serve a governance matter of the party subgraph, kept by id; a planned or running
 * project may be cancelled (终止, with when and why), which the matter counts as failed; and a unit's people may
 * hold the post of weekend secretary (周末书记), as the demo's cross-appointments need.
 *
 * The new checks compare `status::text`: Postgres refuses an enum value added in the same transaction as a literal.
 */
export class Migration20261124004254_governance_matter extends Migration {
  override name = 'Migration20261124004254_governance_matter';

  override up(): void | Promise<void> {
    this.addSql(`alter table "cobuilding"."project" add "governance_matter_id" uuid null;`);
    this.addSql(`create index "project_governance_matter_id_index" on "cobuilding"."project" ("governance_matter_id");`);
    this.addSql(`alter type "cobuilding"."unit_post_title" add value if not exists 'WEEKEND_SECRETARY' after 'VOLUNTEER_LEADER';`);

    this.addSql(`alter type "cobuilding"."cobuilding_project_status" add value if not exists 'CANCELLED' after 'EVALUATED';`);
    this.addSql(`alter table "cobuilding"."project" add "cancelled_at" timestamptz null, add "cancellation_reason" text null;`);
    this.addSql(`alter table "cobuilding"."project" drop constraint "project_started_stamp";`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_started_stamp" check (status::text = 'CANCELLED' or ((status::text = 'PLANNED') = (started_at is null)));`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_cancelled_stamp" check ((status::text = 'CANCELLED') = (cancelled_at is not null and cancellation_reason is not null));`);
  }

  override down(): void | Promise<void> {
    // Postgres cannot drop an enum value; WEEKEND_SECRETARY and CANCELLED stay in their types.
    this.addSql(`alter table "cobuilding"."project" drop constraint "project_cancelled_stamp";`);
    this.addSql(`alter table "cobuilding"."project" drop constraint "project_started_stamp";`);
    this.addSql(`alter table "cobuilding"."project" add constraint "project_started_stamp" check ((status = 'PLANNED') = (started_at is null));`);
    this.addSql(`alter table "cobuilding"."project" drop column "cancelled_at", drop column "cancellation_reason";`);
    this.addSql(`drop index "cobuilding"."project_governance_matter_id_index";`);
    this.addSql(`alter table "cobuilding"."project" drop column "governance_matter_id";`);
  }
}
