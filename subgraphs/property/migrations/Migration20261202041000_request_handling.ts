import { Migration } from '@mikro-orm/migrations';

/**
 * Request handling beyond the happy path (issue 16): declining, handing to the community and dispatching back,
 * cancelling, assigning to a staff post and the resident's withdrawal; the time a request entered its current
 * state (for per-state time limits); and the company's own contact details.
 */
export class Migration20261202041000_request_handling extends Migration {

  override name = 'Migration20261202041000_request_handling';

  override up(): void | Promise<void> {
    for (const status of ['DECLINED', 'TRANSFERRED', 'CANCELLED', 'WITHDRAWN']) {
      this.addSql(`alter type "property"."service_request_status" add value if not exists '${status}';`);
    }
    for (const action of ['DECLINE', 'TRANSFER', 'DISPATCH', 'CANCEL', 'ASSIGN', 'WITHDRAW']) {
      this.addSql(`alter type "property"."service_request_action" add value if not exists '${action}';`);
    }
    this.addSql(`alter table "property"."service_request" add "status_since" timestamptz null, add "assignee_post_id" uuid null;`);
    // Existing requests entered their state at their latest step that changed it (or at submission).
    this.addSql(`update "property"."service_request" r set "status_since" = coalesce(
      (select max(s."at") from "property"."service_request_step" s where s."request_id" = r."id" and s."from_status" is distinct from s."to_status"),
      r."submitted_at");`);
    this.addSql(`alter table "property"."service_request" alter column "status_since" set not null;`);
    this.addSql(`alter table "property"."service_request" add constraint "service_request_assignee_post_id_foreign" foreign key ("assignee_post_id") references "property"."property_post" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "service_request_status_status_since_index" on "property"."service_request" ("status", "status_since");`);
    this.addSql(`create index "service_request_submitted_at_index" on "property"."service_request" ("submitted_at");`);
    this.addSql(`alter table "property"."service_request_step" add "assignee_post_id" uuid null;`);
    this.addSql(`alter table "property"."property_company" add "hotline" varchar(40) null, add "address" varchar(200) null, add "introduction" varchar(1000) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "property"."property_company" drop column "hotline", drop column "address", drop column "introduction";`);
    this.addSql(`alter table "property"."service_request_step" drop column "assignee_post_id";`);
    this.addSql(`drop index "property"."service_request_submitted_at_index";`);
    this.addSql(`drop index "property"."service_request_status_status_since_index";`);
    this.addSql(`alter table "property"."service_request" drop constraint "service_request_assignee_post_id_foreign";`);
    this.addSql(`alter table "property"."service_request" drop column "status_since", drop column "assignee_post_id";`);
    // Enum values cannot be dropped in Postgres; the added ones stay unused.
  }

}
