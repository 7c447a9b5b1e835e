import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { assertExpectedVersion, definedFields } from '../place/record-update.js';
import { Street } from '../street/street.entity.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Community } from './community.entity.js';
import { CommunityFilter, CreateCommunityInput, UpdateCommunityInput } from './community.input.js';
import { CommunityConnection } from './community.type.js';

@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => String, {
    description:
      'A signed proof of where this community is (所在位置证明), valid for a day: other subgraphs take it when you register something for this community.',
  })
  placeCertificate(@Root() community: Community, @Ctx() ctx: RegistryContext): string {
    return ctx.issuePlaceCertificate({ districtId: community.districtId, streetId: community.streetId, communityId: community.id, neighborhoodId: null });
  }

  @Query(() => Community, { description: 'A community by id (社区).' })
  community(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Community> {
    return loadVisiblePlace(ctx.loaders.community, ctx.loaders.scope, 'Community', id);
  }

  @Query(() => CommunityConnection, { description: 'Communities you may read, by name.' })
  async communities(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CommunityFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: CommunityFilter | undefined,
    @Ctx() ctx: RegistryContext,
  ) {
    const where = {
      $and: [
        filter?.districtId ? { districtId: filter.districtId } : {},
        filter?.streetId ? { streetId: filter.streetId } : {},
        await ctx.loaders.visible(PATH_COLUMNS.community, true),
      ],
    };
    return findPage(ctx.em, Community, where, page, 'name');
  }

  @FieldResolver(() => Street, { description: 'The street containing this community.' })
  async street(@Root() community: Community, @Ctx() ctx: RegistryContext): Promise<Street> {
    return (await ctx.loaders.street.load(community.streetId))!;
  }

  @FieldResolver(() => [Neighborhood], { description: 'Neighborhoods of the community you may read (小区), by name.' })
  neighborhoods(@Root() community: Community, @Ctx() ctx: RegistryContext): Promise<Neighborhood[]> {
    return ctx.loaders.neighborhoodsOfCommunity.load(community.id);
  }

  @Mutation(() => Community, { description: 'Adds a community to a street. DISTRICT or STREET role of that area.' })
  async createCommunity(@Arg('input', () => CreateCommunityInput, { description: 'What to record.' }) input: CreateCommunityInput, @Ctx() ctx: RegistryContext): Promise<Community> {
    const street = await loadVisiblePlace(ctx.loaders.street, ctx.loaders.scope, 'Street', input.streetId);
    assertCanManage(ctx.caller, street.path(), MANAGERS.community, 'communities');
    const community = ctx.em.create(Community, { name: input.name.trim(), streetId: street.id, districtId: street.districtId });
    await ctx.em.flush();
    return community;
  }

  @Mutation(() => Community, { description: 'Renames a community. DISTRICT or STREET role of its area.' })
  async updateCommunity(@Arg('input', () => UpdateCommunityInput, { description: 'What to record.' }) input: UpdateCommunityInput, @Ctx() ctx: RegistryContext): Promise<Community> {
    const community = await loadVisiblePlace(ctx.loaders.community, ctx.loaders.scope, 'Community', input.id);
    assertCanManage(ctx.caller, community.path(), MANAGERS.community, 'this community');
    assertExpectedVersion(community, input.expectedVersion);
    ctx.em.assign(community, definedFields(input, ['name']));
    await ctx.em.flush();
    return community;
  }
}
