import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { OutboxEvent } from './outbox-event.entity.js';
import type { EventType } from './event-types.js';

/** Where the change happened, as far down as it is known. */
export interface EventPlace {
  districtId: string;
  streetId?: string | null;
  communityId?: string | null;
  neighborhoodId?: string | null;
}

export interface EventInput {
  type: EventType;
  place: EventPlace;
  recordType: string;
  recordId: string;
  matterId?: string | null;
  organizationId?: string | null;
  detail?: string | null;
}

/**
 * Records an event in the caller's unit of work: call it before the `flush` (or inside the `transactional`) that
 * writes the change, and the event commits or rolls back with it. Never sends anything itself.
 */
export function recordEvent(em: EntityManager, event: EventInput): OutboxEvent {
  return em.create(OutboxEvent, {
    type: event.type,
    occurredAt: new Date(),
    districtId: event.place.districtId,
    streetId: event.place.streetId ?? null,
    communityId: event.place.communityId ?? null,
    neighborhoodId: event.place.neighborhoodId ?? null,
    recordType: event.recordType,
    recordId: event.recordId,
    matterId: event.matterId ?? null,
    organizationId: event.organizationId ?? null,
    detail: event.detail ?? null,
  });
}

/** A stable event id for a fact that a scheduled check may find many times (a deadline falling due): a UUID from its name. */
export function eventIdFor(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Records an event with a given id unless that id is already in the outbox (for scheduled checks, which find the
 * same fact on every pass); runs at once, in the caller's transaction if it has one. Returns whether it was new.
 */
export async function recordEventOnce(em: EntityManager, schema: string, id: string, event: EventInput): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into "${schema}"."event_outbox" (id, type, occurred_at, district_id, street_id, community_id, neighborhood_id, record_type, record_id, matter_id, organization_id, detail)
     values (?, ?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing returning id`,
    [id, event.type, event.place.districtId, event.place.streetId ?? null, event.place.communityId ?? null, event.place.neighborhoodId ?? null,
      event.recordType, event.recordId, event.matterId ?? null, event.organizationId ?? null, event.detail ?? null],
  );
  return rows.length > 0;
}
