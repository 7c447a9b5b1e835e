import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { typesFor, type EventReceiver } from '../../../platform/events/event-audience.js';

/** The caller as a receiver of events: its role, organisation and the places its role may use. */
export function receiverOf(caller: Caller): EventReceiver {
  return { role: caller.role, organizationId: caller.organizationId, grant: effectiveGrant(caller) };
}

/** The event types a caller may receive (feed and webhooks alike), by its role. */
export function eventTypesFor(caller: Caller): string[] {
  return typesFor(caller.role);
}
