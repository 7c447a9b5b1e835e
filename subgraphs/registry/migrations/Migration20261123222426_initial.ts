import { Migration } from '@mikro-orm/migrations';

export class Migration20261123222426_initial extends Migration {

  override name = 'Migration20261123222426_initial';

  override up(): void | Promise<void> {
    // The schema exists before migrations run, owned by the migration role (which may not create schemas).
    this.addSql(`create type "registry"."neighborhood_kind" as enum ('CLOSED', 'OPEN');`);
    this.addSql(`create type "registry"."unit_use" as enum ('RESIDENTIAL', 'COMMERCIAL', 'OTHER');`);
    this.addSql(`create table "registry"."district" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "code" varchar(6) not null, primary key ("id"));`);
    this.addSql(`alter table "registry"."district" add constraint "district_code_unique" unique ("code");`);

    this.addSql(`create table "registry"."street" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "registry"."street" add constraint "street_district_id_name_unique" unique ("district_id", "name");`);

    this.addSql(`create table "registry"."community" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "community_district_id_index" on "registry"."community" ("district_id");`);
    this.addSql(`alter table "registry"."community" add constraint "community_street_id_name_unique" unique ("street_id", "name");`);

    this.addSql(`create table "registry"."neighborhood" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "address" varchar(200) null, "kind" "registry"."neighborhood_kind" not null default 'CLOSED', "built_year" int null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "neighborhood_district_id_index" on "registry"."neighborhood" ("district_id");`);
    this.addSql(`create index "neighborhood_street_id_index" on "registry"."neighborhood" ("street_id");`);
    this.addSql(`alter table "registry"."neighborhood" add constraint "neighborhood_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(`create table "registry"."person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(50) not null, "phone" varchar(20) null, "id_number_hash" varchar(64) null, "id_number_tail" varchar(4) null, "residence_neighborhood_id" uuid null, "community_id" uuid null, "street_id" uuid null, "district_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "registry"."person" add constraint "person_id_number_hash_unique" unique ("id_number_hash");`);
    this.addSql(`create index "person_residence_neighborhood_id_index" on "registry"."person" ("residence_neighborhood_id");`);
    this.addSql(`create index "person_community_id_index" on "registry"."person" ("community_id");`);

    this.addSql(`create table "registry"."building" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "number" varchar(30) not null, "floors" int null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "building_community_id_index" on "registry"."building" ("community_id");`);
    this.addSql(`alter table "registry"."building" add constraint "building_neighborhood_id_number_unique" unique ("neighborhood_id", "number");`);

    this.addSql(`create table "registry"."unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "number" varchar(30) not null, "area" numeric(10,2) not null, "use" "registry"."unit_use" not null default 'RESIDENTIAL', "developer_held" boolean not null default false, "building_id" uuid not null, "neighborhood_id" uuid not null, "community_id" uuid not null, "street_id" uuid not null, "district_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "unit_neighborhood_id_number_index" on "registry"."unit" ("neighborhood_id", "number");`);
    this.addSql(`alter table "registry"."unit" add constraint "unit_building_id_number_unique" unique ("building_id", "number");`);

    this.addSql(`create table "registry"."unit_ownership" ("id" uuid not null, "unit_id" uuid not null, "person_id" uuid not null, "since" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "unit_ownership_person_id_index" on "registry"."unit_ownership" ("person_id");`);
    this.addSql(`alter table "registry"."unit_ownership" add constraint "unit_ownership_unit_id_person_id_unique" unique ("unit_id", "person_id");`);

    this.addSql(`alter table "registry"."street" add constraint "street_district_id_foreign" foreign key ("district_id") references "registry"."district" ("id") on delete restrict;`);

    this.addSql(`alter table "registry"."community" add constraint "community_street_id_foreign" foreign key ("street_id") references "registry"."street" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."community" add constraint "community_district_id_foreign" foreign key ("district_id") references "registry"."district" ("id") on delete restrict;`);

    this.addSql(`alter table "registry"."neighborhood" add constraint "neighborhood_community_id_foreign" foreign key ("community_id") references "registry"."community" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."neighborhood" add constraint "neighborhood_street_id_foreign" foreign key ("street_id") references "registry"."street" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."neighborhood" add constraint "neighborhood_district_id_foreign" foreign key ("district_id") references "registry"."district" ("id") on delete restrict;`);

    this.addSql(`alter table "registry"."person" add constraint "person_residence_neighborhood_id_foreign" foreign key ("residence_neighborhood_id") references "registry"."neighborhood" ("id") on delete set null;`);
    this.addSql(`alter table "registry"."person" add constraint "person_community_id_foreign" foreign key ("community_id") references "registry"."community" ("id") on delete set null;`);
    this.addSql(`alter table "registry"."person" add constraint "person_street_id_foreign" foreign key ("street_id") references "registry"."street" ("id") on delete set null;`);
    this.addSql(`alter table "registry"."person" add constraint "person_district_id_foreign" foreign key ("district_id") references "registry"."district" ("id") on delete set null;`);

    this.addSql(`alter table "registry"."building" add constraint "building_neighborhood_id_foreign" foreign key ("neighborhood_id") references "registry"."neighborhood" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."building" add constraint "building_community_id_foreign" foreign key ("community_id") references "registry"."community" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."building" add constraint "building_street_id_foreign" foreign key ("street_id") references "registry"."street" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."building" add constraint "building_district_id_foreign" foreign key ("district_id") references "registry"."district" ("id") on delete restrict;`);

    this.addSql(`alter table "registry"."unit" add constraint "unit_building_id_foreign" foreign key ("building_id") references "registry"."building" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit" add constraint "unit_neighborhood_id_foreign" foreign key ("neighborhood_id") references "registry"."neighborhood" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit" add constraint "unit_community_id_foreign" foreign key ("community_id") references "registry"."community" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit" add constraint "unit_street_id_foreign" foreign key ("street_id") references "registry"."street" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit" add constraint "unit_district_id_foreign" foreign key ("district_id") references "registry"."district" ("id") on delete restrict;`);
    this.addSql(`alter table "registry"."unit" add constraint "unit_area_positive" check (area > 0);`);

    this.addSql(`alter table "registry"."unit_ownership" add constraint "unit_ownership_unit_id_foreign" foreign key ("unit_id") references "registry"."unit" ("id") on delete cascade;`);
    this.addSql(`alter table "registry"."unit_ownership" add constraint "unit_ownership_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "registry"."street" drop constraint "street_district_id_foreign";`);
    this.addSql(`alter table "registry"."community" drop constraint "community_district_id_foreign";`);
    this.addSql(`alter table "registry"."neighborhood" drop constraint "neighborhood_district_id_foreign";`);
    this.addSql(`alter table "registry"."person" drop constraint "person_district_id_foreign";`);
    this.addSql(`alter table "registry"."building" drop constraint "building_district_id_foreign";`);
    this.addSql(`alter table "registry"."unit" drop constraint "unit_district_id_foreign";`);
    this.addSql(`alter table "registry"."community" drop constraint "community_street_id_foreign";`);
    this.addSql(`alter table "registry"."neighborhood" drop constraint "neighborhood_street_id_foreign";`);
    this.addSql(`alter table "registry"."person" drop constraint "person_street_id_foreign";`);
    this.addSql(`alter table "registry"."building" drop constraint "building_street_id_foreign";`);
    this.addSql(`alter table "registry"."unit" drop constraint "unit_street_id_foreign";`);
    this.addSql(`alter table "registry"."neighborhood" drop constraint "neighborhood_community_id_foreign";`);
    this.addSql(`alter table "registry"."person" drop constraint "person_community_id_foreign";`);
    this.addSql(`alter table "registry"."building" drop constraint "building_community_id_foreign";`);
    this.addSql(`alter table "registry"."unit" drop constraint "unit_community_id_foreign";`);
    this.addSql(`alter table "registry"."person" drop constraint "person_residence_neighborhood_id_foreign";`);
    this.addSql(`alter table "registry"."building" drop constraint "building_neighborhood_id_foreign";`);
    this.addSql(`alter table "registry"."unit" drop constraint "unit_neighborhood_id_foreign";`);
    this.addSql(`alter table "registry"."unit_ownership" drop constraint "unit_ownership_person_id_foreign";`);
    this.addSql(`alter table "registry"."unit" drop constraint "unit_building_id_foreign";`);
    this.addSql(`alter table "registry"."unit_ownership" drop constraint "unit_ownership_unit_id_foreign";`);

    this.addSql(`drop table if exists "registry"."district" cascade;`);
    this.addSql(`drop table if exists "registry"."street" cascade;`);
    this.addSql(`drop table if exists "registry"."community" cascade;`);
    this.addSql(`drop table if exists "registry"."neighborhood" cascade;`);
    this.addSql(`drop table if exists "registry"."person" cascade;`);
    this.addSql(`drop table if exists "registry"."building" cascade;`);
    this.addSql(`drop table if exists "registry"."unit" cascade;`);
    this.addSql(`drop table if exists "registry"."unit_ownership" cascade;`);

    this.addSql(`drop type "registry"."neighborhood_kind";`);
    this.addSql(`drop type "registry"."unit_use";`);
    this.addSql(`drop schema if exists "registry";`);
  }

}
