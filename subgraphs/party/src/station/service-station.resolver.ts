import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { loadOrganization, loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyServiceStation } from './service-station.entity.js';
import { CreatePartyServiceStationInput } from './service-station.input.js';

@Resolver(() => PartyServiceStation)
export class PartyServiceStationResolver {
  @FieldResolver(() => PartyOrganization, { description: 'The organisation running it.' })
  async organization(@Root() station: PartyServiceStation, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(station.organizationId))!;
  }

  @FieldResolver(() => NeighborhoodStub, { nullable: true, description: 'The neighborhood it stands in (所在小区).' })
  neighborhood(@Root() station: PartyServiceStation): NeighborhoodStub | null {
    return station.neighborhoodId ? stub(station.neighborhoodId) : null;
  }

  @Mutation(() => PartyServiceStation, { description: 'Records a service station run by an organisation the caller is responsible for (党群服务站/红帆驿站/书记工作室).' })
  async createPartyServiceStation(
    @Arg('input', () => CreatePartyServiceStationInput, { description: 'What to record.' }) input: CreatePartyServiceStationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyServiceStation> {
    const organization = await loadOrganization(ctx, input.organizationId, 'organizationId');
    assertResponsibleFor(ctx.caller, organization, 'record service stations');
    let neighborhoodId: string | null = null;
    if (input.neighborhoodId) {
      const [place] = await loadRegisteredPlaces(ctx, [input.neighborhoodId], RegisteredPlaceLevel.NEIGHBORHOOD, 'neighborhoodId');
      const inside = organization.neighborhoodIds.length
        ? organization.neighborhoodIds.includes(place.id)
        : organization.communityId
          ? place.communityId === organization.communityId
          : organization.streetId
            ? place.streetId === organization.streetId
            : place.districtId === organization.districtId;
      if (!inside) throw badUserInput(`neighborhoodId is outside the area of ${organization.name}.`, { field: 'neighborhoodId' });
      neighborhoodId = place.id;
    }
    const station = ctx.em.create(PartyServiceStation, {
      name: input.name.trim(),
      kind: input.kind,
      organizationId: organization.id,
      neighborhoodId,
      floorArea: input.floorArea,
      openingHours: input.openingHours.trim(),
      districtId: organization.districtId,
      streetId: organization.streetId,
      communityId: organization.communityId,
    });
    await ctx.em.flush();
    return station;
  }
}
