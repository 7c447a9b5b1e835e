/** The levels of the map, from the top down. */
export type PlaceLevel = 'district' | 'street' | 'community' | 'neighborhood';

type LevelsDownTo<L extends PlaceLevel> = L extends 'district'
  ? 'district'
  : L extends 'street'
    ? 'district' | 'street'
    : L extends 'community'
      ? 'district' | 'street' | 'community'
      : PlaceLevel;

/**
 * Where a record sits on the map: the ids of the places containing it (and itself, at its own level), stored on the
 * record so a scope check or a scope filter never needs a join or another subgraph.
 *
 * `Known` is the deepest level every such record names (the levels below it may be null); `Depth` the deepest level
 * the record carries at all. A registry street is `PlacePath` (district known, the rest nullable); an owners record
 * `PlacePath<'neighborhood'>`; a party record `PlacePath<'district', 'community'>` (it has no neighborhood column).
 */
export type PlacePath<Known extends PlaceLevel = 'district', Depth extends PlaceLevel = 'neighborhood'> = {
  [L in LevelsDownTo<Depth> as `${L}Id`]: L extends LevelsDownTo<Known> ? string : string | null;
};

/** The path columns of a record, copied out of it (for a record that holds more than its path). */
export function pathOf(record: PlacePath<'neighborhood'>): PlacePath<'neighborhood'> {
  return { neighborhoodId: record.neighborhoodId, communityId: record.communityId, streetId: record.streetId, districtId: record.districtId };
}
