import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';

/** The street office whose grant holds the street. */
function isStreetOfficeOf(caller: Caller, streetId: string): boolean {
  return caller.role === Role.STREET && effectiveGrant(caller).streetIds.includes(streetId);
}

/** A street's negative list for committee candidates (负面清单) is kept by its street office. */
export function assertMayKeepNegativeList(caller: Caller, streetId: string): void {
  if (!isStreetOfficeOf(caller, streetId)) throw forbidden('Only the street office keeps its negative list.');
}

/** A committee files (备案) with the street office of its street, which records the filing. */
export function assertMayRecordFiling(caller: Caller, committee: { streetId: string }): void {
  if (!isStreetOfficeOf(caller, committee.streetId)) throw forbidden('Only the street office of the neighborhood records a filing.');
}
