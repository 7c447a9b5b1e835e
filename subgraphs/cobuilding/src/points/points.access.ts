import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { managesArea } from '../access/area-management.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * Whose ledger entries the caller may read: the person's own, all of them; an area office (COMMUNITY, STREET,
 * DISTRICT) those recorded in its area. Nobody else.
 */
export function mayReadEntry(caller: Caller, personId: string, entry: PlacePath<'community'>): boolean {
  return caller.personId === personId || managesArea(caller, entry);
}

/** The supermarket is kept by the area offices of its community. */
export function assertKeepsSupermarket(caller: Caller, place: PlacePath<'community'>, what: string): void {
  if (!managesArea(caller, place)) throw forbidden(`Your role (${caller.role}) may not ${what} here: the community, street or district office of this supermarket's area does.`);
}

/** A resident redeems their own points; the supermarket's area office redeems for a person at the counter. */
export function redeemingPersonId(caller: Caller, item: PlacePath<'community'>, personId: string | undefined): string {
  if (caller.role === Role.RESIDENT) {
    if (personId !== undefined && personId.toLowerCase() !== caller.personId) throw forbidden('A resident redeems only their own points: leave personId out.');
    return caller.personId!;
  }
  assertKeepsSupermarket(caller, item, 'redeem points for residents');
  if (!personId) throw forbidden('personId is required when redeeming for a resident.');
  return personId.toLowerCase();
}

/** Only the district office sets its district's points rule. */
export function assertMaySetRule(caller: Caller, districtId: string): void {
  if (caller.role !== Role.DISTRICT || !effectiveGrant(caller).districtIds.includes(districtId)) {
    throw forbidden(`Your role (${caller.role}) may not set the points rule here: the DISTRICT office of this district does.`);
  }
}
