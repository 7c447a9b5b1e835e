import type { PlaceGrant } from '../access/caller.js';
import { AREA_ROLES, Role } from '../access/role.js';
import { EVENT_TYPES, isEventType } from './event-types.js';
import type { EventPlace } from './record-event.js';

/** Who receives events: a caller of the feed, or the owner of a webhook subscription (with its own scope). */
export interface EventReceiver {
  role: Role;
  organizationId: string | null;
  /** The places it covers, as its role may use them (see effectiveGrant). */
  grant: PlaceGrant;
}

export interface AddressedEvent {
  type: string;
  place: EventPlace;
  organizationId: string | null;
}

/** Whether the place lies inside the grant at any of its levels. */
export function placeWithin(place: EventPlace, grant: PlaceGrant): boolean {
  return (
    grant.districtIds.includes(place.districtId) ||
    (place.streetId != null && grant.streetIds.includes(place.streetId)) ||
    (place.communityId != null && grant.communityIds.includes(place.communityId)) ||
    (place.neighborhoodId != null && grant.neighborhoodIds.includes(place.neighborhoodId))
  );
}

/**
 * Whether a receiver may see an event: an area role anything inside its area; an organisation role only the types
 * whose audience names it, inside its places, and, where the event is addressed to one organisation, only that one.
 * The feed's SQL (notifications/src/feed) applies the same rule; the unit test beside this file pins it.
 */
export function mayReceive(receiver: EventReceiver, event: AddressedEvent): boolean {
  if (receiver.role === Role.RESIDENT || !isEventType(event.type)) return false;
  if (!placeWithin(event.place, receiver.grant)) return false;
  if (AREA_ROLES.has(receiver.role)) return true;
  if (!(EVENT_TYPES[event.type].audience as readonly Role[]).includes(receiver.role)) return false;
  return event.organizationId === null || event.organizationId === receiver.organizationId;
}

/** The event types an organisation role may receive (all of them for area roles). */
export function typesFor(role: Role): string[] {
  if (role === Role.RESIDENT) return [];
  return Object.entries(EVENT_TYPES)
    .filter(([, definition]) => AREA_ROLES.has(role) || (definition.audience as readonly Role[]).includes(role))
    .map(([type]) => type);
}
