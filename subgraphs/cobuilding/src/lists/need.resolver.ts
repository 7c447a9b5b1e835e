import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertManagesArea } from '../access/area-management.js';
import { placeColumns } from '../place/place-path.input.js';
import { assertKnownPath } from '../place/known-path.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { CommunityStub, NeighborhoodStub } from '../stubs/registry.stub.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { isActivePairing } from '../pairing/pairing-period.js';
import { Need } from './need.entity.js';
import { Resource } from './resource.entity.js';
import { rankResources } from './matching.js';
import { CreateNeedInput, NeedFilter } from './need.input.js';
import { loadVisibleNeed } from './need-lookup.js';
import { NeedConnection, ResourceSuggestion } from './need.type.js';

@Resolver(() => Need)
export class NeedResolver {
  @Query(() => Need, { description: 'A need by id (需求), if you may read it.' })
  cobuildingNeed(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<Need> {
    return loadVisibleNeed(ctx, id);
  }

  @Query(() => NeedConnection, { description: 'The needs list (需求清单) you may read, by title.' })
  cobuildingNeeds(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: NeedFilter | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    const where = {
      $and: [
        filter?.communityId ? { communityId: filter.communityId.toLowerCase() } : {},
        filter?.category ? { category: filter.category } : {},
        filter?.status ? { status: filter.status } : {},
        ctx.loaders.visible<Need>('need'),
      ],
    };
    return findPage(ctx.em, Need, where, page, 'title');
  }

  @Query(() => [ResourceSuggestion], {
    description:
      "Resources suggested for a need (资源匹配): active resources whose subject fits, ranked by fit and by whether the unit is paired with the need's community.",
  })
  async resourceSuggestions(
    @Arg('needId', () => ID, { description: 'The need.' }) needId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many to return: 1 to 50, default 10.' }) first: number | undefined,
    @Ctx() ctx: CobuildingContext,
  ): Promise<ResourceSuggestion[]> {
    const need = await loadVisibleNeed(ctx, needId);
    const size = first ?? 10;
    if (!Number.isInteger(size) || size < 1 || size > 50) throw badUserInput('first must be between 1 and 50.', { field: 'first' });
    const [resources, pairings] = await Promise.all([
      ctx.em.find(Resource, { active: true }),
      ctx.em.find(Pairing, { communityId: need.communityId }),
    ]);
    const today = todayInChina(ctx.clock.now());
    const paired = new Set(pairings.filter((pairing) => isActivePairing(pairing, today)).map((pairing) => pairing.unitId));
    return rankResources(need.category, resources, paired)
      .slice(0, size)
      .map((candidate) => ({ resource: candidate.resource, categoryFit: candidate.categoryFit, pairedWithCommunity: candidate.paired, score: candidate.score }));
  }

  @FieldResolver(() => CommunityStub, { description: 'The community that raised it.' })
  community(@Root() need: Need): CommunityStub {
    return { id: need.communityId };
  }

  @FieldResolver(() => NeighborhoodStub, { nullable: true, description: 'The neighborhood it is about, if one.' })
  neighborhood(@Root() need: Need): NeighborhoodStub | null {
    return need.neighborhoodId ? { id: need.neighborhoodId } : null;
  }

  @Mutation(() => Need, { description: 'Adds a need to the needs list (需求清单). COMMUNITY, STREET or DISTRICT of that area.' })
  async raiseCobuildingNeed(@Arg('input', () => CreateNeedInput, { description: 'What to record.' }) input: CreateNeedInput, @Ctx() ctx: CobuildingContext): Promise<Need> {
    const place = placeColumns(input.place, ctx);
    assertManagesArea(ctx.caller, place, 'raise needs');
    await assertKnownPath(ctx.em, place, false);
    const need = ctx.em.create(Need, { ...place, title: input.title.trim(), description: input.description?.trim() ?? null, category: input.category });
    await ctx.em.flush();
    return need;
  }
}

