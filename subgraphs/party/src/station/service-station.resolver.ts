import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { IsPositiveDecimal } from '../../../platform/scalars/positive-decimal.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub, stub } from '../stubs/registry.stub.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { loadOrganization, loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyServiceStation, ServiceStationKind } from './service-station.entity.js';

@InputType({ description: 'A new service station (新建服务阵地).' })
class CreatePartyServiceStationInput {
  @Field(() => ID, { description: 'The organisation running it.' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field(() => ServiceStationKind, { description: 'Kind.' })
  @IsEnum(ServiceStationKind)
  kind!: ServiceStationKind;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => ID, { nullable: true, description: "The neighborhood it stands in, within the organisation's area." })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => DecimalScalar, { description: 'Floor area in m², more than 0 and at most 10000.' })
  @IsPositiveDecimal(10000)
  floorArea!: string;

  @Field(() => String, { description: 'Opening hours as posted, 1–100 characters.' })
  @Length(1, 100, { message: 'openingHours must be 1 to 100 characters long' })
  openingHours!: string;
}

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
