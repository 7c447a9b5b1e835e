import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import type { NeighborhoodPath } from '../owners-record.js';

/**
 * What a caller may read in this subgraph: records of the places listed, and — when `publishedOnly` — only
 * published resolutions (no committees' working records: assemblies, ballots, fund entries).
 */
export interface OwnersScope {
  districtIds: ReadonlySet<string>;
  streetIds: ReadonlySet<string>;
  communityIds: ReadonlySet<string>;
  neighborhoodIds: ReadonlySet<string>;
  publishedOnly: boolean;
}

/**
 * The read scope of a caller, given the facts only this subgraph holds: `ownCommitteeNeighborhoodId` is the
 * neighborhood of the committee the caller acts for (null if none or not in its grant), `residentNeighborhoodIds`
 * the neighborhoods whose pinned electorate lists the resident as an owner.
 */
export function ownersScope(caller: Caller, ownCommitteeNeighborhoodId: string | null, residentNeighborhoodIds: readonly string[]): OwnersScope {
  const grant = effectiveGrant(caller);
  const empty = new Set<string>();
  const scope = (neighborhoodIds: readonly string[], publishedOnly: boolean): OwnersScope => ({
    districtIds: new Set(grant.districtIds),
    streetIds: new Set(grant.streetIds),
    communityIds: new Set(grant.communityIds),
    neighborhoodIds: new Set(neighborhoodIds),
    publishedOnly,
  });
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
      return { districtIds: empty, streetIds: empty, communityIds: empty, neighborhoodIds: empty, publishedOnly: true };
  }
}

export function inScope(scope: OwnersScope, path: NeighborhoodPath): boolean {
  return (
    scope.districtIds.has(path.districtId) ||
    scope.streetIds.has(path.streetId) ||
    scope.communityIds.has(path.communityId) ||
    scope.neighborhoodIds.has(path.neighborhoodId)
  );
}

/** A where-clause on the path columns keeping what the scope covers; an empty scope matches nothing. */
export function scopeWhere(scope: OwnersScope): Record<string, unknown> {
  const clauses: Record<string, { $in: string[] }>[] = [];
  const add = (column: string, ids: ReadonlySet<string>) => ids.size > 0 && clauses.push({ [column]: { $in: [...ids] } });
  add('districtId', scope.districtIds);
  add('streetId', scope.streetIds);
  add('communityId', scope.communityIds);
  add('neighborhoodId', scope.neighborhoodIds);
  return clauses.length ? { $or: clauses } : { id: { $in: [] } };
}
