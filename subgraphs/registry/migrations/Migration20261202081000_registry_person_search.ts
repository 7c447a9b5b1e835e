import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: people searchable by name through a trigram index (pg_trgm, created by the admin step before
 * migrations: infra/postgres/database-roles.ts); the history of ownerships that setUnitOwners ends; the history of
 * phone numbers a person's record had (本人更正 or by an office). Both histories are append-only.
 */
export class Migration20261202081000_registry_person_search extends Migration {
  override name = 'Migration20261202081000_registry_person_search';

  override up(): void | Promise<void> {
    // Serves `name ilike '%…%'`; a pattern under three characters (e.g. a two-character Chinese name) still gives
    // exact results, read from the whole index instead of from trigrams.
    this.addSql(`create index "person_name_trgm_index" on "registry"."person" using gin ("name" public.gin_trgm_ops);`);
    this.addSql(`create or replace function "registry"."refuse_history_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'registry.% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);

    this.addSql(`create table "registry"."unit_ownership_ended" ("id" uuid not null, "unit_id" uuid not null, "person_id" uuid not null, "since" timestamptz not null, "ended_at" timestamptz not null, "ended_by" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "unit_ownership_ended_unit_id_index" on "registry"."unit_ownership_ended" ("unit_id");`);
    this.addSql(`alter table "registry"."unit_ownership_ended" add constraint "unit_ownership_ended_unit_id_foreign" foreign key ("unit_id") references "registry"."unit" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit_ownership_ended" add constraint "unit_ownership_ended_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id") on delete restrict;`);

    this.addSql(`create table "registry"."person_phone_change" ("id" uuid not null, "person_id" uuid not null, "previous_phone" varchar(20) null, "phone" varchar(20) null, "changed_at" timestamptz not null, "changed_by" varchar(200) not null, "changed_by_role" varchar(30) not null, primary key ("id"));`);
    this.addSql(`create index "person_phone_change_person_id_index" on "registry"."person_phone_change" ("person_id");`);
    this.addSql(`alter table "registry"."person_phone_change" add constraint "person_phone_change_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id") on delete restrict;`);

    for (const table of ['unit_ownership_ended', 'person_phone_change']) {
      this.addSql(`create trigger "${table}_no_update_delete" before update or delete on "registry"."${table}"
        for each row execute function "registry"."refuse_history_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "registry"."${table}"
        for each statement execute function "registry"."refuse_history_change"();`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "registry"."person_phone_change" cascade;`);
    this.addSql(`drop table if exists "registry"."unit_ownership_ended" cascade;`);
    this.addSql(`drop function if exists "registry"."refuse_history_change"();`);
    this.addSql(`drop index if exists "registry"."person_name_trgm_index";`);
  }
}
