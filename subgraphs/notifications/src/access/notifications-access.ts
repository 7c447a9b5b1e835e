import type { Caller, PlaceGrant } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { AREA_ROLES, Role } from '../../../platform/access/role.js';
import { placeWithin, typesFor, type EventReceiver } from '../../../platform/events/event-audience.js';
import type { CertifiedPlace } from '../../../platform/access/place-certificate.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import type { WebhookSubscription } from '../subscription/webhook-subscription.entity.js';

/** The caller as a receiver of events: its role, organisation and the places its role may use. */
export function receiverOf(caller: Caller): EventReceiver {
  return { role: caller.role, organizationId: caller.organizationId, grant: effectiveGrant(caller) };
}

/**
 * Who may register subscriptions: area offices and organisations acting for one (with places granted). Residents
 * receive no events. A subscription belongs to the organisation (or, for an area office, the account) that made it.
 */
export function requireSubscriber(caller: Caller): void {
  if (caller.role === Role.RESIDENT) throw forbidden('Residents cannot register webhooks: organisations and area offices can.');
  if (!AREA_ROLES.has(caller.role) && !caller.organizationId) throw forbidden('Your token names no organisation: sign in as the organisation that will receive the events.');
  const grant = effectiveGrant(caller);
  if (Object.values(grant).every((ids) => ids.length === 0)) throw forbidden('Your token grants no places, so no event could reach a subscription.');
}

export function ownsSubscription(caller: Caller, subscription: WebhookSubscription): boolean {
  if (subscription.ownerRole !== caller.role) return false;
  return AREA_ROLES.has(caller.role) ? subscription.ownerSubject === caller.subject : subscription.ownerOrganizationId === caller.organizationId;
}

/** Where the caller's subscriptions are found. */
export function ownerWhere(caller: Caller): Record<string, string | null> {
  return AREA_ROLES.has(caller.role) ? { ownerRole: caller.role, ownerSubject: caller.subject } : { ownerRole: caller.role, ownerOrganizationId: caller.organizationId };
}

/** The places a new subscription covers: the caller's whole grant, or the listed part of it. */
export function subscriptionScope(caller: Caller, chosen: Partial<Record<keyof PlaceGrant, string[]>>): PlaceGrant {
  const grant = effectiveGrant(caller);
  const levels = Object.keys(grant) as (keyof PlaceGrant)[];
  if (levels.every((level) => !chosen[level]?.length)) return grant;
  const scope = {} as Record<keyof PlaceGrant, string[]>;
  for (const level of levels) {
    const ids = (chosen[level] ?? []).map((id) => id.toLowerCase());
    if (ids.some((id) => !grant[level].includes(id))) {
      throw badUserInput(`${level} may name only places your token grants at that level.`, { field: level });
    }
    scope[level] = [...new Set(ids)];
  }
  return scope;
}

/**
 * The places a subscription is re-scoped to (narrowing, 缩小订阅范围): ids at the caller's own grant levels, and
 * certified places (communities or neighborhoods, path vouched for by the registry) that lie inside the caller's area.
 * Bounded by the caller's grant now, so a subscription is never widened beyond the caller's own area; at least one
 * place. `certified` are the certificates as read, in the order given.
 */
export function narrowedScope(caller: Caller, chosen: Partial<Record<keyof PlaceGrant, string[]>>, certified: readonly CertifiedPlace[]): PlaceGrant {
  const grant = effectiveGrant(caller);
  const scope: Record<keyof PlaceGrant, string[]> = { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds: [] };
  for (const level of Object.keys(scope) as (keyof PlaceGrant)[]) {
    const ids = (chosen[level] ?? []).map((id) => id.toLowerCase());
    if (ids.some((id) => !grant[level].includes(id))) throw badUserInput(`${level} may name only places your token grants at that level.`, { field: level });
    scope[level].push(...ids);
  }
  certified.forEach((place, index) => {
    if (!placeWithin(place, grant)) {
      throw badUserInput(`placeCertificates[${index}] is a place outside your area: a subscription is never widened beyond it.`, { field: 'placeCertificates' });
    }
    if (place.neighborhoodId) scope.neighborhoodIds.push(place.neighborhoodId);
    else scope.communityIds.push(place.communityId);
  });
  if (Object.values(scope).every((ids) => ids.length === 0)) {
    throw badUserInput('scope must name at least one place; to stop receiving events, end the subscription.', { field: 'scope' });
  }
  return {
    districtIds: [...new Set(scope.districtIds)].sort(),
    streetIds: [...new Set(scope.streetIds)].sort(),
    communityIds: [...new Set(scope.communityIds)].sort(),
    neighborhoodIds: [...new Set(scope.neighborhoodIds)].sort(),
  };
}

/** The event types a caller may receive (feed and webhooks alike), by its role. */
export function eventTypesFor(caller: Caller): string[] {
  return typesFor(caller.role);
}
