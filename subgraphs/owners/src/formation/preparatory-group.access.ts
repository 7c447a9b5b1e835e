import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/** Forming and dissolving a preparatory group: the street office of the neighborhood's street (街道办事处组织成立筹备组). */
export function requireFormingStreet(caller: Caller, place: Pick<PlacePath<'neighborhood'>, 'streetId'>): void {
  if (caller.role !== Role.STREET || !effectiveGrant(caller).streetIds.includes(place.streetId)) {
    throw forbidden("Only the street office of the neighborhood's street forms or dissolves its preparatory group.");
  }
}

/**
 * The preparatory work itself — fixing the electorate, convening the first assembly, closing its votes: the street
 * office of the place or its community office (社区居委会), which sit on the group.
 */
export function leadsPreparatoryWork(caller: Caller, place: PlacePath<'neighborhood'>): boolean {
  const grant = effectiveGrant(caller);
  return (caller.role === Role.STREET && grant.streetIds.includes(place.streetId)) || (caller.role === Role.COMMUNITY && grant.communityIds.includes(place.communityId));
}

export function requirePreparatoryWork(caller: Caller, place: PlacePath<'neighborhood'>): void {
  if (!leadsPreparatoryWork(caller, place)) {
    throw forbidden("Only the street office or the community office of the neighborhood acts for its preparatory group.");
  }
}
