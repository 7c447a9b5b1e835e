import type { FilterQuery } from '@mikro-orm/core';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { reachClauses, reachCovers, type PathColumns, type PlaceReach } from '../../../platform/access/place-reach.js';
import { anyOfWhere } from '../../../platform/access/any-of-clause.js';
import type { Placed } from '../place/placed.js';

export type { PathColumns };

/**
 * The places a caller may read, resolved once per request: everything inside the `within` places, plus the
 * ancestors of those places (so a property company sees the street and community names above its neighborhoods,
 * but not their other neighborhoods).
 */
export interface PlaceScope extends PlaceReach {
  ancestorIds: ReadonlySet<string>;
}

export function isWithinScope(scope: PlaceScope, path: PlacePath): boolean {
  return reachCovers(scope, path);
}

export function canSeePlace(scope: PlaceScope, place: Placed): boolean {
  return isWithinScope(scope, place.path()) || scope.ancestorIds.has(place.id);
}

/**
 * A where-clause that keeps only rows the scope lets the caller read, for a table whose path columns are given
 * ('id' for the table's own level). An empty scope gives a clause that matches nothing.
 */
export function scopeWhere<T>(scope: PlaceScope, columns: PathColumns, includeAncestors: boolean): FilterQuery<T> {
  const clauses = reachClauses(scope, columns);
  if (includeAncestors && scope.ancestorIds.size > 0) clauses.push({ column: 'id', ids: [...scope.ancestorIds] });
  return anyOfWhere<T>(clauses);
}
