import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant, residentHomeNeighborhoodIds } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlaceColumns } from '../record/cobuilding-record.js';

/**
 * Whether an area role (DISTRICT, STREET, COMMUNITY) covers the place: its grant holds the place's id at the
 * role's own level. Other roles manage no area.
 */
export function managesArea(caller: Caller, place: PlaceColumns): boolean {
  const grant = effectiveGrant(caller);
  switch (caller.role) {
    case Role.DISTRICT:
      return grant.districtIds.includes(place.districtId);
    case Role.STREET:
      return grant.streetIds.includes(place.streetId);
    case Role.COMMUNITY:
      return grant.communityIds.includes(place.communityId);
    default:
      return false;
  }
}

export function assertManagesArea(caller: Caller, place: PlaceColumns, what: string): void {
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
export function assertResidentHome(caller: Caller, place: PlaceColumns, what: string): void {
  if (!place.neighborhoodId || !residentHomeNeighborhoodIds(caller).includes(place.neighborhoodId)) {
    throw forbidden(`A resident may ${what} only in a neighborhood where they live or own a unit.`);
  }
}
