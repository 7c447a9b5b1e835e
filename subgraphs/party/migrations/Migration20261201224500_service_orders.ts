import { Migration } from '@mikro-orm/migrations';

/** 群众点单—支部派单—党员接单 and 党员责任区. */
export class Migration20261201224500_service_orders extends Migration {
  override name = 'Migration20261201224500_service_orders';

  override up(): void | Promise<void> {
    this.addSql(`create type "party"."service_order_status" as enum ('ORDERED', 'DISPATCHED', 'TAKEN', 'COMPLETED', 'EVALUATED', 'WITHDRAWN');`);
    this.addSql(`create table "party"."service_order" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "request" varchar(500) not null, "status" "party"."service_order_status" not null, "ordered_by_person_id" uuid not null, "neighborhood_id" uuid not null, "building_id" uuid null, "branch_id" uuid not null, "member_id" uuid null, "dispatched_by" varchar(200) null, "dispatched_at" timestamptz null, "taken_at" timestamptz null, "completed_at" timestamptz null, "completion_note" varchar(500) null, "rating" smallint null, "evaluation_comment" varchar(500) null, "evaluated_at" timestamptz null, "withdrawn_at" timestamptz null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "service_order_branch_id_index" on "party"."service_order" ("branch_id");`);
    this.addSql(`create index "service_order_ordered_by_person_id_index" on "party"."service_order" ("ordered_by_person_id");`);
    this.addSql(`create index "service_order_member_id_index" on "party"."service_order" ("member_id");`);
    this.addSql(`create index "service_order_community_id_index" on "party"."service_order" ("community_id");`);
    this.addSql(`alter table "party"."service_order" add constraint "service_order_branch_id_foreign" foreign key ("branch_id") references "party"."organization" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."service_order" add constraint "service_order_member_id_foreign" foreign key ("member_id") references "party"."member" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."service_order" add constraint "service_order_rating_check" check ("rating" between 1 and 5);`);
    this.addSql(`create table "party"."responsibility_zone" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "member_id" uuid not null, "branch_id" uuid not null, "building_ids" uuid[] not null, "started_on" date not null, "ended_on" date null, "ended_by" varchar(200) null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "responsibility_zone_branch_id_index" on "party"."responsibility_zone" ("branch_id");`);
    this.addSql(`create index "responsibility_zone_member_id_index" on "party"."responsibility_zone" ("member_id");`);
    this.addSql(`alter table "party"."responsibility_zone" add constraint "responsibility_zone_member_id_foreign" foreign key ("member_id") references "party"."member" ("id") on delete restrict;`);
    this.addSql(`alter table "party"."responsibility_zone" add constraint "responsibility_zone_branch_id_foreign" foreign key ("branch_id") references "party"."organization" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party"."responsibility_zone" cascade;`);
    this.addSql(`drop table if exists "party"."service_order" cascade;`);
    this.addSql(`drop type if exists "party"."service_order_status";`);
  }
}
