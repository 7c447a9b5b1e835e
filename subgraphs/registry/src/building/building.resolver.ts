import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { conflict } from '../../../platform/errors/error-codes.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { assertExpectedVersion, definedFields } from '../place/record-update.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Building } from './building.entity.js';
import { BuildingFilter, CreateBuildingInput, UpdateBuildingInput } from './building.input.js';
import { BuildingConnection } from './building.type.js';

async function assertNumberFree(ctx: RegistryContext, neighborhoodId: string, number: string, exceptId?: string): Promise<void> {
  const existing = await ctx.em.findOne(Building, { neighborhoodId, number });
  if (existing && existing.id !== exceptId) {
    throw conflict(`This neighborhood already has a building numbered "${number}".`, { field: 'number' });
  }
}

@Resolver(() => Building)
export class BuildingResolver {
  @Query(() => Building, { description: 'A building by id (楼栋).' })
  building(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Building> {
    return loadVisiblePlace(ctx.loaders.building, ctx.loaders.scope, 'Building', id);
  }

  @Query(() => BuildingConnection, { description: "A neighborhood's buildings you may read, by number." })
  async buildings(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => BuildingFilter, { description: 'Conditions the listed items must all meet.' }) filter: BuildingFilter, @Ctx() ctx: RegistryContext) {
    const where = { $and: [{ neighborhoodId: filter.neighborhoodId }, await ctx.loaders.visible(PATH_COLUMNS.building, false)] };
    return findPage(ctx.em, Building, where, page, 'number');
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood this building belongs to.' })
  async neighborhood(@Root() building: Building, @Ctx() ctx: RegistryContext): Promise<Neighborhood> {
    return (await ctx.loaders.neighborhood.load(building.neighborhoodId))!;
  }

  @FieldResolver(() => String, {
    description:
      "A signed proof of where this building is (所在位置证明), valid for a day: the party subgraph takes it to add the building to its register of places (registerPartyPlaces), so 三长 and responsibility zones can name it.",
  })
  placeCertificate(@Root() building: Building, @Ctx() ctx: RegistryContext): string {
    const { districtId, streetId, communityId, neighborhoodId } = building;
    return ctx.issuePlaceCertificate({ districtId, streetId, communityId, neighborhoodId, buildingId: building.id });
  }

  @FieldResolver(() => [Unit], { description: 'Exclusive units in the building (专有部分), by number.' })
  units(@Root() building: Building, @Ctx() ctx: RegistryContext): Promise<Unit[]> {
    return ctx.loaders.unitsOfBuilding.load(building.id);
  }

  @Mutation(() => Building, { description: 'Adds a building to a neighborhood. Area roles of that area.' })
  async createBuilding(@Arg('input', () => CreateBuildingInput, { description: 'What to record.' }) input: CreateBuildingInput, @Ctx() ctx: RegistryContext): Promise<Building> {
    const neighborhood = await loadVisiblePlace(ctx.loaders.neighborhood, ctx.loaders.scope, 'Neighborhood', input.neighborhoodId);
    assertCanManage(ctx.caller, neighborhood.path(), MANAGERS.neighborhood, 'buildings');
    const number = input.number.trim();
    await assertNumberFree(ctx, neighborhood.id, number);
    const building = ctx.em.create(Building, {
      number,
      floors: input.floors ?? null,
      neighborhoodId: neighborhood.id,
      communityId: neighborhood.communityId,
      streetId: neighborhood.streetId,
      districtId: neighborhood.districtId,
    });
    await ctx.em.flush();
    return building;
  }

  @Mutation(() => Building, { description: 'Changes a building. Area roles of its area.' })
  async updateBuilding(@Arg('input', () => UpdateBuildingInput, { description: 'What to record.' }) input: UpdateBuildingInput, @Ctx() ctx: RegistryContext): Promise<Building> {
    const building = await loadVisiblePlace(ctx.loaders.building, ctx.loaders.scope, 'Building', input.id);
    assertCanManage(ctx.caller, building.path(), MANAGERS.neighborhood, 'this building');
    assertExpectedVersion(building, input.expectedVersion);
    const changes = definedFields(input, ['number', 'floors']);
    if (changes.number) await assertNumberFree(ctx, building.neighborhoodId, changes.number, building.id);
    ctx.em.assign(building, changes);
    await ctx.em.flush();
    return building;
  }
}
