import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { NO_REACH, reachClauses, reachCovers, reachOf, type PlaceReach } from '../../../platform/access/place-reach.js';
import { anyOfWhere } from '../../../platform/access/any-of-clause.js';

/**
 * What a caller may read in this subgraph: records of the places listed, and — when `publishedOnly` — only
 * published resolutions (no committees' working records: assemblies, ballots, fund entries).
 */
export interface OwnersScope extends PlaceReach {
  publishedOnly: boolean;
}

/**
 * The read scope of a caller, given the facts only this subgraph holds: `ownCommitteeNeighborhoodId` is the
 * neighborhood of the committee the caller acts for (null if none or not in its grant), `residentNeighborhoodIds`
 * the neighborhoods whose pinned electorate lists the resident as an owner.
 */
export function ownersScope(caller: Caller, ownCommitteeNeighborhoodId: string | null, residentNeighborhoodIds: readonly string[]): OwnersScope {
  const grant = effectiveGrant(caller);
  const scope = (neighborhoodIds: readonly string[], publishedOnly: boolean): OwnersScope => ({ ...reachOf({ ...grant, neighborhoodIds }), publishedOnly });
  switch (caller.role) {
    case Role.DISTRICT:
    case Role.STREET:
    case Role.COMMUNITY:
    case Role.PARTY_BRANCH:
      return scope(grant.neighborhoodIds, false);
    case Role.OWNERS_COMMITTEE:
      return scope(ownCommitteeNeighborhoodId ? [ownCommitteeNeighborhoodId] : [], false);
    case Role.PROPERTY_COMPANY:
      return scope(grant.neighborhoodIds, true);
    case Role.RESIDENT:
      return scope(residentNeighborhoodIds, true);
    default:
      return { ...NO_REACH, publishedOnly: true };
  }
}

export function inScope(scope: OwnersScope, path: PlacePath<'neighborhood'>): boolean {
  return reachCovers(scope, path);
}

/** A where-clause on the path columns keeping what the scope covers; an empty scope matches nothing. */
export function scopeWhere(scope: OwnersScope): Record<string, unknown> {
  return anyOfWhere<Record<string, unknown>>(reachClauses(scope)) as Record<string, unknown>;
}
