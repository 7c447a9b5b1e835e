/**
 * Where a record sits on the map: the ids of the places containing it (and itself, at its own level). Registry
 * tables store these ancestor ids so a scope check or a scope filter never needs a join.
 */
export interface PlacePath {
  districtId: string;
  streetId: string | null;
  communityId: string | null;
  neighborhoodId: string | null;
}

export interface Placed {
  id: string;
  path(): PlacePath;
}
