import type { EntityManager } from '@mikro-orm/postgresql';
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
