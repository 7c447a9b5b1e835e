import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { conflict, forbidden } from '../../../platform/errors/error-codes.js';
import { readsArea } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub, stub } from '../federation/registry-stubs.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlace, RegisteredPlaceLevel } from './place-register.entity.js';

@InputType({ description: "Adds a neighborhood to the party's register of places (纳入党建覆盖台账), e.g. after the registry records a new one." })
class RegisterPartyNeighborhoodInput {
  @Field(() => ID, { description: "The neighborhood's registry id." })
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId!: string;

  @Field(() => ID, { description: 'The community it lies in (already in the register).' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;
}

@Resolver()
export class PlaceRegisterResolver {
  @Mutation(() => NeighborhoodStub, {
    description:
      "Registers a neighborhood with the party so branches can cover it and coverage counts it. Area roles (DISTRICT, STREET, COMMUNITY) of its community.",
  })
  async registerPartyNeighborhood(
    @Arg('input', () => RegisterPartyNeighborhoodInput, { description: 'What to record.' }) input: RegisterPartyNeighborhoodInput,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodStub> {
    const [community] = await loadRegisteredPlaces(ctx, [input.communityId], RegisteredPlaceLevel.COMMUNITY, 'communityId');
    if (!readsArea(ctx.caller, { level: 'community', id: community.id, districtId: community.districtId, streetId: community.streetId })) {
      throw forbidden(`Your role (${ctx.caller.role}) may not register neighborhoods in this community: its COMMUNITY, STREET and DISTRICT offices may.`);
    }
    const id = input.neighborhoodId.toLowerCase();
    if (await ctx.loaders.place.load(id)) throw conflict('This place is already in the party register.');
    ctx.em.create(RegisteredPlace, {
      id,
      level: RegisteredPlaceLevel.NEIGHBORHOOD,
      districtId: community.districtId,
      streetId: community.streetId,
      communityId: community.id,
      neighborhoodId: id,
      buildingId: null,
    });
    await ctx.em.flush();
    return stub(id);
  }
}
