import { readPlaceCertificateInDetail } from '../../../platform/access/place-certificate.js';
import { assertMayRegisterPlace } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { stubs } from '../stubs/registry.stub.js';
import { RegisteredPlace, RegisteredPlaceLevel } from './place-register.entity.js';
import { placesToRegister } from './place-registration.js';
import type { PartyPlaceRegistration, RegisterPartyPlacesInput } from './place-registration.input.js';

/**
 * Adds the certified places to the register, with whatever on their path it lacks. The registry vouches for every
 * path, so no raw id can name a place that does not exist or lies in another community; the caller must be an area
 * office of each place's community. Registering a place twice adds nothing (a client may send a building's
 * certificate again after adding units).
 */
export async function registerPartyPlaces(ctx: PartyContext, input: RegisterPartyPlacesInput): Promise<PartyPlaceRegistration> {
  const places = input.placeCertificates.map((certificate) => readPlaceCertificateInDetail(certificate, ctx.statementKeys));
  for (const place of places) assertMayRegisterPlace(ctx.caller, place);
  const ownIds = [...new Set(places.map((place) => place.unitId ?? place.buildingId ?? place.neighborhoodId ?? place.communityId))];
  const pathIds = [...new Set(places.flatMap((place) => [place.streetId, place.communityId, place.neighborhoodId, place.buildingId, place.unitId].filter((id): id is string => id !== null)))];
  const found = await ctx.loaders.place.loadMany(pathIds);
  const registered = new Set(pathIds.filter((_, index) => found[index] instanceof RegisteredPlace));
  const added = placesToRegister(places, registered);
  for (const row of added) ctx.em.create(RegisteredPlace, row);
  await ctx.em.flush();
  for (const row of added) ctx.loaders.place.clear(row.id);
  const idsAt = (level: RegisteredPlaceLevel) => added.filter((row) => row.level === level).map((row) => row.id);
  return {
    streets: stubs(idsAt(RegisteredPlaceLevel.STREET)),
    communities: stubs(idsAt(RegisteredPlaceLevel.COMMUNITY)),
    neighborhoods: stubs(idsAt(RegisteredPlaceLevel.NEIGHBORHOOD)),
    buildings: stubs(idsAt(RegisteredPlaceLevel.BUILDING)),
    units: stubs(idsAt(RegisteredPlaceLevel.UNIT)),
    alreadyRegistered: ownIds.filter((id) => registered.has(id)).length,
  };
}
