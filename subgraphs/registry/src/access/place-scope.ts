import type { FilterQuery } from '@mikro-orm/core';
import type { PlacePath, Placed } from '../place/place-path.js';

/**
 * The places a caller may read, resolved once per request: everything inside the `within` places, plus the
 * ancestors of those places (so a property company sees the street and community names above its neighborhoods,
 * but not their other neighborhoods).
 */
export interface PlaceScope {
  districtIds: ReadonlySet<string>;
  streetIds: ReadonlySet<string>;
  communityIds: ReadonlySet<string>;
  neighborhoodIds: ReadonlySet<string>;
  ancestorIds: ReadonlySet<string>;
}

export function isWithinScope(scope: PlaceScope, path: PlacePath): boolean {
  return (
    scope.districtIds.has(path.districtId) ||
    (path.streetId !== null && scope.streetIds.has(path.streetId)) ||
    (path.communityId !== null && scope.communityIds.has(path.communityId)) ||
    (path.neighborhoodId !== null && scope.neighborhoodIds.has(path.neighborhoodId))
  );
}

export function canSeePlace(scope: PlaceScope, place: Placed): boolean {
  return isWithinScope(scope, place.path()) || scope.ancestorIds.has(place.id);
}

/** Which column of a table holds each level of its place path ('id' for the table's own level). */
export interface PathColumns {
  districtId: string;
  streetId?: string;
  communityId?: string;
  neighborhoodId?: string;
}

/**
 * A where-clause that keeps only rows the scope lets the caller read, for a table whose path columns are given.
 * An empty scope gives a clause that matches nothing.
 */
export function scopeWhere<T>(scope: PlaceScope, columns: PathColumns, includeAncestors: boolean): FilterQuery<T> {
  const clauses: Record<string, { $in: string[] }>[] = [];
  const add = (column: string | undefined, ids: ReadonlySet<string>) => {
    if (column && ids.size > 0) clauses.push({ [column]: { $in: [...ids] } });
  };
  add(columns.districtId, scope.districtIds);
  add(columns.streetId, scope.streetIds);
  add(columns.communityId, scope.communityIds);
  add(columns.neighborhoodId, scope.neighborhoodIds);
  if (includeAncestors) add('id', scope.ancestorIds);
  if (clauses.length === 0) return { id: { $in: [] } } as FilterQuery<T>;
  return { $or: clauses } as FilterQuery<T>;
}
