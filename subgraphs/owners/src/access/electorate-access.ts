import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';

/**
 * Who records a neighborhood's electorate (业主名册) from the registry's signed roster: its owners' committee in
 * office, and the street office of its street (which fixes the electorate of a first assembly, where no committee
 * sits yet). The place is the one the registry signed, never the client's.
 */
export function recordsElectorateOf(caller: Caller, ownCommittee: OwnersCommittee | null, place: PlacePath<'neighborhood'>): boolean {
  if (caller.role === Role.OWNERS_COMMITTEE) return ownCommittee?.neighborhoodId === place.neighborhoodId;
  if (caller.role === Role.STREET) return effectiveGrant(caller).streetIds.includes(place.streetId);
  return false;
}

/**
 * The check before the roster is read, on the neighborhood the input names: a committee only for its own
 * neighborhood, a street office at all (its street is checked on the place the registry signed).
 */
export function mayRecordElectorateFor(caller: Caller, ownCommittee: OwnersCommittee | null, neighborhoodId: string): boolean {
  if (caller.role === Role.OWNERS_COMMITTEE) return ownCommittee?.neighborhoodId === neighborhoodId;
  return caller.role === Role.STREET;
}

/** Who reads the electorate in force (it lists owners by person): the neighborhood's committee and the area offices. */
export function readsElectorates(caller: Caller): boolean {
  return caller.role === Role.OWNERS_COMMITTEE || caller.role === Role.STREET || caller.role === Role.DISTRICT || caller.role === Role.COMMUNITY;
}
