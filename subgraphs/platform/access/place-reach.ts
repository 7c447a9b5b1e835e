import type { PlaceGrant } from './caller.js';
import type { AnyOfClause } from './any-of-clause.js';
import type { PlacePath } from './place-path.js';

/** The places a caller reaches: everything inside the places listed, at any level. */
export interface PlaceReach {
  districtIds: ReadonlySet<string>;
  streetIds: ReadonlySet<string>;
  communityIds: ReadonlySet<string>;
  neighborhoodIds: ReadonlySet<string>;
}

export const NO_REACH: PlaceReach = { districtIds: new Set(), streetIds: new Set(), communityIds: new Set(), neighborhoodIds: new Set() };

/** The reach of a grant (or of any lists of place ids by level). */
export function reachOf(places: Partial<Record<keyof PlaceGrant, readonly string[]>>): PlaceReach {
  return {
    districtIds: new Set(places.districtIds ?? []),
    streetIds: new Set(places.streetIds ?? []),
    communityIds: new Set(places.communityIds ?? []),
    neighborhoodIds: new Set(places.neighborhoodIds ?? []),
  };
}

/** Whether the reach covers a record at `path` (a level the path does not name covers nothing). */
export function reachCovers(reach: PlaceReach, path: Partial<PlacePath>): boolean {
  const has = (ids: ReadonlySet<string>, id: string | null | undefined) => typeof id === 'string' && ids.has(id);
  return (
    has(reach.districtIds, path.districtId) ||
    has(reach.streetIds, path.streetId) ||
    has(reach.communityIds, path.communityId) ||
    has(reach.neighborhoodIds, path.neighborhoodId)
  );
}

/** Which property of a table holds each level of its path; a level left out is not tested (e.g. a party table has no neighborhood). */
export type PathColumns = Partial<Record<keyof PlacePath, string>>;

const SAME_NAMES: PathColumns = { districtId: 'districtId', streetId: 'streetId', communityId: 'communityId', neighborhoodId: 'neighborhoodId' };

/**
 * The reach as "column is one of ids" clauses over a table's path columns (by default the four path properties), in
 * the order district, street, community, neighborhood; levels without ids give no clause. Turn them into a
 * MikroORM or SQL condition with `anyOfWhere` / `anyOfSql`.
 */
export function reachClauses(reach: PlaceReach, columns: PathColumns = SAME_NAMES): AnyOfClause[] {
  const clauses: AnyOfClause[] = [];
  const add = (column: string | undefined, ids: ReadonlySet<string>) => {
    if (column && ids.size > 0) clauses.push({ column, ids: [...ids] });
  };
  add(columns.districtId, reach.districtIds);
  add(columns.streetId, reach.streetIds);
  add(columns.communityId, reach.communityIds);
  add(columns.neighborhoodId, reach.neighborhoodIds);
  return clauses;
}
