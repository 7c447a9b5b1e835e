import type { Caller, PlaceGrant } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { AREA_ROLES, Role } from '../../../platform/access/role.js';
import { placeWithin } from '../../../platform/events/event-audience.js';
import type { CertifiedPlace } from '../../../platform/access/place-certificate.js';
import type { RequestContext } from '../../../platform/context/request-context.js';
import { badUserInput, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { eventTypesFor } from '../access/notifications-access.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';

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

/**
 * Who a new subscription belongs to, as stored on it: the role, organisation and account that made it. Ownership
 * (`ownsSubscription`, `ownerWhere`) is read back from these.
 */
export function subscriptionOwnerOf(caller: Caller): { ownerRole: Role; ownerOrganizationId: string | null; ownerSubject: string } {
  return { ownerRole: caller.role, ownerOrganizationId: caller.organizationId, ownerSubject: caller.subject };
}

export function ownsSubscription(caller: Caller, subscription: WebhookSubscription): boolean {
  if (subscription.ownerRole !== caller.role) return false;
  return AREA_ROLES.has(caller.role) ? subscription.ownerSubject === caller.subject : subscription.ownerOrganizationId === caller.organizationId;
}

/** Where the caller's subscriptions are found. */
export function ownerWhere(caller: Caller): Record<string, string | null> {
  return AREA_ROLES.has(caller.role) ? { ownerRole: caller.role, ownerSubject: caller.subject } : { ownerRole: caller.role, ownerOrganizationId: caller.organizationId };
}

/** A subscription of the caller's, or NOT_FOUND (someone else's is indistinguishable from none). */
export async function loadOwnSubscription(ctx: RequestContext, id: string, field = 'id'): Promise<WebhookSubscription> {
  const subscription = await ctx.em.findOne(WebhookSubscription, { id: requireId(id, field) });
  if (!subscription || !ownsSubscription(ctx.caller, subscription)) throw notFound('WebhookSubscription', id);
  return subscription;
}

/** Refuses event types the caller's role may not receive (or that do not exist), naming the position only. */
export function requireReceivableTypes(ctx: RequestContext, eventTypes: string[]): void {
  const allowed = new Set(eventTypesFor(ctx.caller));
  const unknown = eventTypes.findIndex((type) => !allowed.has(type));
  if (unknown >= 0) throw badUserInput(`eventTypes[${unknown}] is not an event type your role may receive: see notificationEventTypes.`, { field: 'eventTypes' });
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
