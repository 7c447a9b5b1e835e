import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant, residentHomeNeighborhoodIds } from '../../../platform/access/place-grant.js';

/**
 * The places the caller has, for the public directory's bound (the districts where the caller has a place): the
 * districts its role's grant names, and the streets, communities and neighborhoods (a resident's homes included)
 * whose districts are to be looked up.
 */
export function placesOfCaller(caller: Caller): { districtIds: readonly string[]; placeIds: string[] } {
  const grant = effectiveGrant(caller);
  return {
    districtIds: grant.districtIds,
    placeIds: [...grant.streetIds, ...grant.communityIds, ...grant.neighborhoodIds, ...residentHomeNeighborhoodIds(caller)],
  };
}
