import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

/**
 * An event waiting in a subgraph's own outbox (事件发件箱), written in the same transaction as the change it
 * describes, so it exists exactly when the change committed. The table lives in each subgraph's own Postgres schema
 * (the ORM's schema); a `seq` identity column, filled by Postgres, orders the relay. The relay sets `relayedAt`
 * once the notifications service has stored the event; nothing else ever changes a row.
 */
@Entity({ tableName: 'event_outbox' })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  type!: string;

  /** The server's clock at the change. */
  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();

  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'uuid', nullable: true })
  streetId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  neighborhoodId: string | null = null;

  @Property({ type: 'text' })
  recordType!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'uuid', nullable: true })
  matterId: string | null = null;

  /** Only this organisation (of the audience roles) may receive it, e.g. the company a request is addressed to. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  /** A short non-personal code: an outcome, a status, an action. */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  relayedAt: Date | null = null;
}

/** The outbox table's DDL for a subgraph's migration (the same in every schema). */
export function outboxTableSql(schema: string): string[] {
  return [
    `create table "${schema}"."event_outbox" (
      "id" uuid primary key, "seq" bigint generated always as identity unique, "type" text not null,
      "occurred_at" timestamptz not null, "district_id" uuid not null, "street_id" uuid null, "community_id" uuid null,
      "neighborhood_id" uuid null, "record_type" text not null, "record_id" uuid not null, "matter_id" uuid null,
      "organization_id" uuid null, "detail" text null, "relayed_at" timestamptz null);`,
    `create index "event_outbox_pending_index" on "${schema}"."event_outbox" ("seq") where "relayed_at" is null;`,
    // Only relayed_at may change, once; no row is ever deleted (the outbox is also the subgraph's event history).
    `create function "${schema}"."event_outbox_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and old.relayed_at is null and (to_jsonb(new) - 'relayed_at') = (to_jsonb(old) - 'relayed_at') then return new; end if;
        raise exception 'event_outbox rows are append-only (only relayed_at is set, once)';
      end $$;`,
    `create trigger "event_outbox_guard" before update or delete on "${schema}"."event_outbox" for each row execute function "${schema}"."event_outbox_guard"();`,
    `create trigger "event_outbox_no_truncate" before truncate on "${schema}"."event_outbox" for each statement execute function "${schema}"."event_outbox_guard"();`,
  ];
}
