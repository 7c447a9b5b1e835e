import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { plainPrototype } from '../../../platform/batching/plain-rows.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { assertExpectedVersion, definedFields } from '../place/record-update.js';
import { Community } from '../community/community.entity.js';
import { Street } from '../street/street.entity.js';
import { Building } from '../building/building.entity.js';
import { Neighborhood } from './neighborhood.entity.js';
import { NeighborhoodKind } from './neighborhood-kind.js';
import { NeighborhoodFilter, CreateNeighborhoodInput, UpdateNeighborhoodInput } from './neighborhood.input.js';
import { NeighborhoodConnection } from './neighborhood.type.js';

const NEIGHBORHOOD_ROW = plainPrototype(Neighborhood, ['path']);

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

@Resolver(() => Neighborhood)
export class NeighborhoodResolver {
  @FieldResolver(() => String, {
    description:
      'A signed proof of where this neighborhood is (所在位置证明), valid for a day: other subgraphs take it when you register something for this neighborhood, so the place path cannot be forged.',
  })
  placeCertificate(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): string {
    return ctx.issuePlaceCertificate({ districtId: neighborhood.districtId, streetId: neighborhood.streetId, communityId: neighborhood.communityId, neighborhoodId: neighborhood.id });
  }

  @Query(() => Neighborhood, { description: 'A neighborhood by id (小区).' })
  neighborhood(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Neighborhood> {
    return loadVisiblePlace(ctx.loaders.neighborhood, ctx.loaders.scope, 'Neighborhood', id);
  }

  @Query(() => NeighborhoodConnection, { description: 'Neighborhoods you may read, by name.' })
  async neighborhoods(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NeighborhoodFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: NeighborhoodFilter | undefined,
    @Ctx() ctx: RegistryContext,
  ) {
    const where = {
      $and: [
        filter?.districtId ? { districtId: filter.districtId } : {},
        filter?.streetId ? { streetId: filter.streetId } : {},
        filter?.communityId ? { communityId: filter.communityId } : {},
        filter?.kind ? { kind: filter.kind } : {},
        filter?.nameContains ? { name: { $like: `%${escapeLike(filter.nameContains)}%` } } : {},
        await ctx.loaders.visible(PATH_COLUMNS.neighborhood, false),
      ],
    };
    // Plain rows: a read-only list (one page of up to 100 neighborhoods for a company), never changed in the request.
    return findPage(ctx.em, Neighborhood, where, page, 'name', { prototype: NEIGHBORHOOD_ROW });
  }

  @FieldResolver(() => Community, { description: 'The community containing this neighborhood.' })
  async community(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): Promise<Community> {
    return (await ctx.loaders.community.load(neighborhood.communityId))!;
  }

  @FieldResolver(() => Street, { description: 'The street containing this neighborhood.' })
  async street(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): Promise<Street> {
    return (await ctx.loaders.street.load(neighborhood.streetId))!;
  }

  @FieldResolver(() => [Building], { description: 'Buildings of the neighborhood (楼栋), by number.' })
  buildings(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): Promise<Building[]> {
    return ctx.loaders.buildingsOfNeighborhood.load(neighborhood.id);
  }

  @Mutation(() => Neighborhood, { description: 'Adds a neighborhood to a community. Area roles (DISTRICT, STREET, COMMUNITY) of that area.' })
  async createNeighborhood(
    @Arg('input', () => CreateNeighborhoodInput, { description: 'What to record.' }) input: CreateNeighborhoodInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Neighborhood> {
    const community = await loadVisiblePlace(ctx.loaders.community, ctx.loaders.scope, 'Community', input.communityId);
    assertCanManage(ctx.caller, community.path(), MANAGERS.neighborhood, 'neighborhoods');
    const neighborhood = ctx.em.create(Neighborhood, {
      name: input.name.trim(),
      address: input.address?.trim() ?? null,
      kind: input.kind ?? NeighborhoodKind.CLOSED,
      builtYear: input.builtYear ?? null,
      communityId: community.id,
      streetId: community.streetId,
      districtId: community.districtId,
    });
    await ctx.em.flush();
    return neighborhood;
  }

  @Mutation(() => Neighborhood, { description: 'Changes a neighborhood. Area roles of its area.' })
  async updateNeighborhood(
    @Arg('input', () => UpdateNeighborhoodInput, { description: 'What to record.' }) input: UpdateNeighborhoodInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Neighborhood> {
    const neighborhood = await loadVisiblePlace(ctx.loaders.neighborhood, ctx.loaders.scope, 'Neighborhood', input.id);
    assertCanManage(ctx.caller, neighborhood.path(), MANAGERS.neighborhood, 'this neighborhood');
    assertExpectedVersion(neighborhood, input.expectedVersion);
    ctx.em.assign(neighborhood, definedFields(input, ['name', 'address', 'kind', 'builtYear']));
    await ctx.em.flush();
    return neighborhood;
  }
}
