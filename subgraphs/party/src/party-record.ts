/** Where a party record sits on the map, copied from its organisation or the place register when it is created. */
export interface PartyArea {
  districtId: string;
  streetId: string | null;
  communityId: string | null;
}
