import { Migration } from '@mikro-orm/migrations';

/**
 * The notifications service's tables: events as received from every subgraph's relay (append-only; the feed's
 * order), webhook subscriptions, one delivery per subscription and event, and the log of every attempt
 * (append-only).
 */
export class Migration20261201213000_initial extends Migration {
  override name = 'Migration20261201213000_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "notifications"."notification_event" (
      "id" uuid primary key, "seq" bigint generated always as identity unique, "source" text not null, "type" text not null,
      "occurred_at" timestamptz not null, "received_at" timestamptz not null default now(),
      "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null, "neighborhood_id" uuid null,
      "record_type" text not null, "record_id" uuid not null, "matter_id" uuid null, "organization_id" uuid null,
      "detail" text null, "body" text not null);`);
    this.addSql(`create index "notification_event_district_index" on "notifications"."notification_event" ("district_id", "seq");`);
    this.addSql(`create index "notification_event_street_index" on "notifications"."notification_event" ("street_id", "seq");`);
    this.addSql(`create index "notification_event_community_index" on "notifications"."notification_event" ("community_id", "seq");`);
    this.addSql(`create index "notification_event_neighborhood_index" on "notifications"."notification_event" ("neighborhood_id", "seq");`);

    this.addSql(`create table "notifications"."webhook_subscription" (
      "id" uuid primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "owner_role" text not null, "owner_organization_id" uuid null, "owner_subject" text not null, "scope" jsonb not null,
      "event_types" jsonb not null, "url" text not null, "description" text null, "secret_sealed" text not null,
      "ended_at" timestamptz null);`);
    this.addSql(`create index "webhook_subscription_owner_index" on "notifications"."webhook_subscription" ("owner_role", "owner_organization_id", "owner_subject");`);

    this.addSql(`create table "notifications"."webhook_delivery" (
      "id" uuid primary key, "subscription_id" uuid not null references "notifications"."webhook_subscription" ("id"),
      "event_id" uuid not null references "notifications"."notification_event" ("id"), "event_seq" bigint not null,
      "ordering_key" uuid not null, "status" text not null default 'PENDING' check ("status" in ('PENDING', 'DELIVERED', 'DEAD')),
      "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_attempt_at" timestamptz null,
      "last_status_code" int null, "last_error" text null, "delivered_at" timestamptz null,
      unique ("subscription_id", "event_id"));`);
    this.addSql(`create index "webhook_delivery_due_index" on "notifications"."webhook_delivery" ("next_attempt_at") where "status" = 'PENDING';`);
    this.addSql(`create index "webhook_delivery_order_index" on "notifications"."webhook_delivery" ("subscription_id", "ordering_key", "event_seq");`);

    this.addSql(`create table "notifications"."webhook_delivery_attempt" (
      "id" uuid primary key default gen_random_uuid(), "delivery_id" uuid not null references "notifications"."webhook_delivery" ("id"),
      "attempt" int not null, "attempted_at" timestamptz not null default now(), "status_code" int null, "error" text null,
      "duration_ms" int not null);`);
    this.addSql(`create index "webhook_delivery_attempt_delivery_index" on "notifications"."webhook_delivery_attempt" ("delivery_id");`);

    this.addSql(`create function "notifications"."refuse_change"() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', tg_table_name; end $$;`);
    for (const table of ['notification_event', 'webhook_delivery_attempt']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "notifications"."${table}" for each row execute function "notifications"."refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "notifications"."${table}" for each statement execute function "notifications"."refuse_change"();`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql('drop table if exists "notifications"."webhook_delivery_attempt", "notifications"."webhook_delivery", "notifications"."webhook_subscription", "notifications"."notification_event";');
    this.addSql('drop function if exists "notifications"."refuse_change"();');
  }
}
