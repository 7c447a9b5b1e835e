import type { Caller } from '../../../platform/access/caller.js';
import { residentHomeNeighborhoodIds } from '../../../platform/access/place-grant.js';
import { isAreaOfficeOf } from '../../../platform/access/area-office.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * Whether an area role (DISTRICT, STREET, COMMUNITY) covers the place: its grant holds the place's id at the
 * role's own level. Other roles manage no area.
 */
export function managesArea(caller: Caller, place: PlacePath<'community'>): boolean {
  return isAreaOfficeOf(caller, place);
}

export function assertManagesArea(caller: Caller, place: PlacePath<'community'>, what: string): void {
  if (!managesArea(caller, place)) {
    throw forbidden(`Your role (${caller.role}) may not ${what} here: only the community, street or district office of this area may.`);
  }
}

/** The unit a JOINT_UNIT caller acts for; any other caller is refused. */
export function actingUnitId(caller: Caller, what: string): string {
  if (caller.role !== Role.JOINT_UNIT || !caller.organizationId) {
    throw forbidden(`Only a joint-building unit (JOINT_UNIT) may ${what}.`);
  }
  return caller.organizationId;
}

/** A resident acts for themself only where they live or own a unit (their token's home neighborhoods). */
export function assertResidentHome(caller: Caller, place: PlacePath<'community'>, what: string): void {
  if (!place.neighborhoodId || !residentHomeNeighborhoodIds(caller).includes(place.neighborhoodId)) {
    throw forbidden(`A resident may ${what} only in a neighborhood where they live or own a unit.`);
  }
}
