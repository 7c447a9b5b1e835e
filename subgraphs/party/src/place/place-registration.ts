import type { CertifiedPlaceInDetail } from '../../../platform/access/place-certificate.js';
import { RegisteredPlaceLevel } from './place-register.entity.js';

/** A row the party register lacks, with the path the registry vouched for. */
export interface PlaceToRegister {
  id: string;
  level: RegisteredPlaceLevel;
  districtId: string;
  streetId: string;
  communityId: string | null;
  neighborhoodId: string | null;
  buildingId: string | null;
}

const TOP_DOWN = [RegisteredPlaceLevel.STREET, RegisteredPlaceLevel.COMMUNITY, RegisteredPlaceLevel.NEIGHBORHOOD, RegisteredPlaceLevel.BUILDING, RegisteredPlaceLevel.UNIT];

/**
 * What the party register must gain for these certified places (communities, neighborhoods, buildings, units): each
 * place and every place on its path from the street down that the register lacks, once each, top down. A unit's
 * certificate vouches for its building, neighborhood, community and street too, so one certificate is enough for a
 * household in a building the party has never seen. As in the seeded register, each row names itself at its own
 * level (a building's row has its own id as buildingId) and leaves the levels below it empty.
 */
export function placesToRegister(places: readonly CertifiedPlaceInDetail[], registered: ReadonlySet<string>): PlaceToRegister[] {
  const byLevel = new Map(TOP_DOWN.map((level) => [level, new Map<string, PlaceToRegister>()]));
  for (const place of places) {
    const { districtId, streetId, communityId, neighborhoodId, buildingId, unitId } = place;
    const rows: PlaceToRegister[] = [
      { id: streetId, level: RegisteredPlaceLevel.STREET, districtId, streetId, communityId: null, neighborhoodId: null, buildingId: null },
      { id: communityId, level: RegisteredPlaceLevel.COMMUNITY, districtId, streetId, communityId, neighborhoodId: null, buildingId: null },
      ...(neighborhoodId ? [{ id: neighborhoodId, level: RegisteredPlaceLevel.NEIGHBORHOOD, districtId, streetId, communityId, neighborhoodId, buildingId: null }] : []),
      ...(neighborhoodId && buildingId ? [{ id: buildingId, level: RegisteredPlaceLevel.BUILDING, districtId, streetId, communityId, neighborhoodId, buildingId }] : []),
      ...(neighborhoodId && buildingId && unitId ? [{ id: unitId, level: RegisteredPlaceLevel.UNIT, districtId, streetId, communityId, neighborhoodId, buildingId }] : []),
    ];
    for (const row of rows) if (!registered.has(row.id)) byLevel.get(row.level)!.set(row.id, row);
  }
  return TOP_DOWN.flatMap((level) => [...byLevel.get(level)!.values()]);
}
