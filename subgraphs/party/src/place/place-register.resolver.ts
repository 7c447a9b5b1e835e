import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertMayRegisterNeighborhood } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub, stub } from '../stubs/registry.stub.js';
import { RegisteredPlace, RegisteredPlaceLevel } from './place-register.entity.js';
import { RegisterPartyNeighborhoodInput } from './place-register.input.js';

@Resolver()
export class PlaceRegisterResolver {
  @Mutation(() => NeighborhoodStub, {
    description:
      "Registers a neighborhood with the party so branches can cover it and coverage counts it. Area roles (DISTRICT, STREET, COMMUNITY) of its community, with the neighborhood's place certificate.",
  })
  async registerPartyNeighborhood(
    @Arg('input', () => RegisterPartyNeighborhoodInput, { description: 'What to record.' }) input: RegisterPartyNeighborhoodInput,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodStub> {
    // The registry vouches for the path, so no raw id can name a place that does not exist or lies elsewhere.
    const place = ctx.readPlaceCertificate(input.placeCertificate);
    if (!place.neighborhoodId) throw badUserInput("placeCertificate must be a neighborhood's certificate, not a community's.", { field: 'placeCertificate' });
    assertMayRegisterNeighborhood(ctx.caller, place);
    const id = place.neighborhoodId;
    if (await ctx.loaders.place.load(id)) throw conflict('This place is already in the party register.');
    ctx.em.create(RegisteredPlace, {
      id,
      level: RegisteredPlaceLevel.NEIGHBORHOOD,
      districtId: place.districtId,
      streetId: place.streetId,
      communityId: place.communityId,
      neighborhoodId: id,
      buildingId: null,
    });
    await ctx.em.flush();
    return stub(id);
  }
}
