import type { Caller, PlaceGrant } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { AREA_ROLES, Role } from '../../../platform/access/role.js';
import { typesFor, type EventReceiver } from '../../../platform/events/event-audience.js';
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

/** The event types a caller may receive (feed and webhooks alike), by its role. */
export function eventTypesFor(caller: Caller): string[] {
  return typesFor(caller.role);
}
