import type { CertifiedPlaceInDetail } from '../../../platform/access/place-certificate.js';
import { RegisteredPlaceLevel } from './place-register.entity.js';

/** A row the party register lacks, with the path the registry vouched for. */
export interface PlaceToRegister {
  id: string;
  level: RegisteredPlaceLevel;
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string;
  buildingId: string | null;
}

/**
 * What the party register must gain for these certified places (neighborhoods, buildings, units): each place and
 * every place on its path from the neighborhood down that the register lacks, once each, neighborhoods before their
 * buildings before their units. A unit's certificate vouches for its building and neighborhood too, so one
 * certificate is enough for a household in a building the party has never seen. As in the seeded register, a
 * building's row names itself as its building.
 */
export function placesToRegister(places: readonly CertifiedPlaceInDetail[], registered: ReadonlySet<string>): PlaceToRegister[] {
  const byLevel = new Map<RegisteredPlaceLevel, Map<string, PlaceToRegister>>([
    [RegisteredPlaceLevel.NEIGHBORHOOD, new Map()],
    [RegisteredPlaceLevel.BUILDING, new Map()],
    [RegisteredPlaceLevel.UNIT, new Map()],
  ]);
  for (const place of places) {
    if (place.neighborhoodId === null) continue;
    const path = { districtId: place.districtId, streetId: place.streetId, communityId: place.communityId, neighborhoodId: place.neighborhoodId };
    const levels: [RegisteredPlaceLevel, string | null, string | null][] = [
      [RegisteredPlaceLevel.NEIGHBORHOOD, place.neighborhoodId, null],
      [RegisteredPlaceLevel.BUILDING, place.buildingId, place.buildingId],
      [RegisteredPlaceLevel.UNIT, place.unitId, place.buildingId],
    ];
    for (const [level, id, buildingId] of levels) {
      if (id !== null && !registered.has(id)) byLevel.get(level)!.set(id, { id, level, ...path, buildingId });
    }
  }
  return [...byLevel.values()].flatMap((rows) => [...rows.values()]);
}
