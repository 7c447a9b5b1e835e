import { Migration } from '@mikro-orm/migrations';

export class Migration20261123224407_personal_data_access extends Migration {

  override name = 'Migration20261123224407_personal_data_access';

  override up(): void | Promise<void> {
    this.addSql(`create table "registry"."personal_data_access" ("id" serial primary key, "occurred_at" timestamptz not null, "reader_subject" varchar(200) not null, "reader_role" varchar(30) not null, "reader_organization_id" uuid null, "request_id" varchar(100) not null, "person_id" uuid not null, "fields" varchar(200) not null, "purpose" varchar(200) not null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null);`);
    this.addSql(`create index "personal_data_access_person_id_index" on "registry"."personal_data_access" ("person_id");`);
    // Append-only in the database, not only in code: no role the application connects as can change history.
    this.addSql(`create or replace function "registry"."refuse_audit_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'registry.personal_data_access is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "personal_data_access_no_update_delete" before update or delete on "registry"."personal_data_access"
      for each row execute function "registry"."refuse_audit_change"();`);
    this.addSql(`create trigger "personal_data_access_no_truncate" before truncate on "registry"."personal_data_access"
      for each statement execute function "registry"."refuse_audit_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "registry"."personal_data_access" cascade;`);
    this.addSql(`drop function if exists "registry"."refuse_audit_change"();`);
  }

}
