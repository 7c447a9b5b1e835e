import { badUserInput, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { RegisteredPlaceLevel, type RegisteredPlace } from '../place/place-register.entity.js';
import type { PartyOrganization } from './organization.entity.js';

/**
 * Loads an organisation by id for a root field, a reference or a mutation. Organisations are public facts inside the
 * districts where the caller has a place (`callerDistrictIds`); elsewhere, as a missing one, NOT_FOUND.
 */
export async function loadOrganization(ctx: PartyContext, id: string, field = 'id'): Promise<PartyOrganization> {
  const organization = await ctx.loaders.organization.load(requireId(id, field));
  if (!organization || !(await ctx.loaders.callerDistrictIds()).has(organization.districtId)) throw notFound('PartyOrganization', id);
  return organization;
}

/** Loads places of the party register at one level, refusing ids it does not hold. */
export async function loadRegisteredPlaces(ctx: PartyContext, ids: readonly string[], level: RegisteredPlaceLevel, field: string): Promise<RegisteredPlace[]> {
  const places = await ctx.loaders.place.loadMany(ids.map((id) => requireId(id, field)));
  return places.map((place, index) => {
    if (!place || place instanceof Error || place.level !== level) {
      throw badUserInput(`${field} "${ids[index]}" is not a ${level.toLowerCase()} in the party register of places.`, { field });
    }
    return place;
  });
}
