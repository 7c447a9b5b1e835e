import { Migration } from '@mikro-orm/migrations';

/**
 * How a 三长 head entered a resident's request on their behalf (代办). Append-only: triggers refuse UPDATE, DELETE
 * and TRUNCATE from any role, the owner included; the runtime role holds only SELECT and INSERT on it.
 */
export class Migration20261202041000_request_on_behalf extends Migration {

  override name = 'Migration20261202041000_request_on_behalf';

  override up(): void | Promise<void> {
    this.addSql(`create table "property"."service_request_on_behalf" ("id" uuid not null, "request_id" uuid not null, "head_person_id" uuid not null, "resident_person_id" uuid not null, "building_id" uuid null, "certificate_id" uuid not null, "entered_at" timestamptz not null, constraint "service_request_on_behalf_pkey" primary key ("id"));`);
    this.addSql(`alter table "property"."service_request_on_behalf" add constraint "service_request_on_behalf_request_id_unique" unique ("request_id");`);
    this.addSql(`alter table "property"."service_request_on_behalf" add constraint "service_request_on_behalf_request_id_foreign" foreign key ("request_id") references "property"."service_request" ("id") on delete restrict;`);
    this.addSql(`create index "service_request_on_behalf_head_person_id_entered_at_index" on "property"."service_request_on_behalf" ("head_person_id", "entered_at");`);
    this.addSql(`create function "property"."refuse_on_behalf_change"() returns trigger language plpgsql as $$ begin raise exception 'on-behalf records are append-only'; end $$;`);
    this.addSql(`create trigger "service_request_on_behalf_append_only" before update or delete on "property"."service_request_on_behalf" for each row execute function "property"."refuse_on_behalf_change"();`);
    this.addSql(`create trigger "service_request_on_behalf_no_truncate" before truncate on "property"."service_request_on_behalf" for each statement execute function "property"."refuse_on_behalf_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "property"."service_request_on_behalf" cascade;`);
    this.addSql(`drop function if exists "property"."refuse_on_behalf_change"();`);
  }

}
