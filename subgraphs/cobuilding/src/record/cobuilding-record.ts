/**
 * Where a record belongs on the map, kept as ids on the record itself (the registry owns the places; this subgraph
 * never asks it): district, street, community and, for records about one neighborhood, the neighborhood.
 */
export interface PlaceColumns {
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string | null;
}
