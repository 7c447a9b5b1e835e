import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: people searchable by name through a trigram index (pg_trgm, created by the admin step before
 * migrations: infra/postgres/database-roles.ts), and the history of ownerships that setUnitOwners ends.
 */
export class Migration20261202041000_registry_person_search extends Migration {
  override name = 'Migration20261202041000_registry_person_search';

  override up(): void | Promise<void> {
    // Serves `name ilike '%…%'`; a pattern under three characters (e.g. a two-character Chinese name) still gives
    // exact results, read from the whole index instead of from trigrams.
    this.addSql(`create index "person_name_trgm_index" on "registry"."person" using gin ("name" public.gin_trgm_ops);`);
    this.addSql(`create table "registry"."unit_ownership_ended" ("id" uuid not null, "unit_id" uuid not null, "person_id" uuid not null, "since" timestamptz not null, "ended_at" timestamptz not null, "ended_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "unit_ownership_ended_unit_id_index" on "registry"."unit_ownership_ended" ("unit_id");`);
    this.addSql(`alter table "registry"."unit_ownership_ended" add constraint "unit_ownership_ended_unit_id_foreign" foreign key ("unit_id") references "registry"."unit" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit_ownership_ended" add constraint "unit_ownership_ended_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id") on delete restrict;`);
    this.addSql(`create trigger "unit_ownership_ended_no_update_delete" before update or delete on "registry"."unit_ownership_ended"
      for each row execute function "registry"."refuse_audit_change"();`);
    this.addSql(`create trigger "unit_ownership_ended_no_truncate" before truncate on "registry"."unit_ownership_ended"
      for each statement execute function "registry"."refuse_audit_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "registry"."unit_ownership_ended" cascade;`);
    this.addSql(`drop index if exists "registry"."person_name_trgm_index";`);
  }
}
