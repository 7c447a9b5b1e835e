import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertMayCancelWish, assertMayConfirmWish, assertNotOwnWish, isWishClaimant, postingResidentId, postsOwnWish, wishClaimant } from './micro-wish.access.js';
import { placeColumns } from '../place/place-path.input.js';
import { assertKnownPath } from '../place/known-path.js';
import { CommunityStub, NeighborhoodStub, PersonStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { MicroWish } from './micro-wish.entity.js';
import { MicroWishFilter, PostMicroWishInput } from './micro-wish.input.js';
import { loadVisibleWish } from './wish-lookup.js';
import { MicroWishConnection } from './micro-wish.type.js';
import { takeWishStep } from './micro-wish.service.js';

@Resolver(() => MicroWish)
export class MicroWishResolver {
  @Query(() => MicroWish, { description: 'A micro-wish by id (微心愿), if you may read it.' })
  microWish(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<MicroWish> {
    return loadVisibleWish(ctx, id);
  }

  @Query(() => MicroWishConnection, {
    description: 'Micro-wishes you may read, by title: areas and paired units see their places; a resident sees their own wishes and claims.',
  })
  microWishes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MicroWishFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: MicroWishFilter | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    const where = {
      $and: [
        filter?.status ? { status: filter.status } : {},
        filter?.communityId ? { communityId: filter.communityId.toLowerCase() } : {},
        ctx.loaders.visible<MicroWish>('wish'),
      ],
    };
    return findPage(ctx.em, MicroWish, where, page, 'title');
  }

  @FieldResolver(() => PersonStub, { description: 'The resident whose wish it is.' })
  resident(@Root() wish: MicroWish): PersonStub {
    return { id: wish.residentId };
  }

  @FieldResolver(() => PersonStub, { nullable: true, description: 'The person who claimed it, if a person did (认领人).' })
  claimantPerson(@Root() wish: MicroWish): PersonStub | null {
    return wish.claimantPersonId ? { id: wish.claimantPersonId } : null;
  }

  @FieldResolver(() => JointBuildingUnit, { nullable: true, description: 'The unit that claimed it, if a unit did (认领单位).' })
  claimantUnit(@Root() wish: MicroWish, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit | null> | null {
    return wish.claimantUnitId ? ctx.loaders.unit.load(wish.claimantUnitId) : null;
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood where the resident lives.' })
  neighborhood(@Root() wish: MicroWish): NeighborhoodStub {
    return { id: wish.neighborhoodId };
  }

  @FieldResolver(() => CommunityStub, { description: 'The community.' })
  community(@Root() wish: MicroWish): CommunityStub {
    return { id: wish.communityId };
  }

  @Mutation(() => MicroWish, { description: 'Posts a micro-wish (发布微心愿). RESIDENT for themself; COMMUNITY, STREET or DISTRICT of the area for a resident.' })
  async postMicroWish(@Arg('input', () => PostMicroWishInput, { description: 'The wish.' }) input: PostMicroWishInput, @Ctx() ctx: CobuildingContext): Promise<MicroWish> {
    const place = placeColumns(input.place, ctx);
    if (!place.neighborhoodId) throw badUserInput('place.neighborhoodId is required: a micro-wish belongs to the neighborhood where the resident lives.', { field: 'place.neighborhoodId' });
    const residentId = postingResidentId(ctx.caller, place, input.residentId);
    await assertKnownPath(ctx.em, place, postsOwnWish(ctx.caller));
    const wish = ctx.em.create(MicroWish, {
      title: input.title.trim(),
      residentId,
      postedById: ctx.caller.personId,
      districtId: place.districtId,
      streetId: place.streetId,
      communityId: place.communityId,
      neighborhoodId: place.neighborhoodId,
    });
    await ctx.em.flush();
    return wish;
  }

  @Mutation(() => MicroWish, {
    description:
      'Claims an open micro-wish (认领): a JOINT_UNIT for itself (wishes in places it is paired with) or a RESIDENT as a volunteer (by the id on the wish wall). One claimant at a time: of concurrent claims exactly one wins, the rest get CONFLICT.',
  })
  async claimMicroWish(@Arg('id', () => ID, { description: 'The wish.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<MicroWish> {
    const claimant = wishClaimant(ctx.caller);
    if ('unitId' in claimant) {
      const wish = await loadVisibleWish(ctx, id);
      if (!(await ctx.loaders.unit.load(claimant.unitId))) throw forbidden('Your organisation is not a registered joint-building unit.');
      return takeWishStep(ctx, wish, 'claim', { claimantUnitId: claimant.unitId, claimedAt: ctx.clock.now() });
    }
    // A person claims by the id on the community's wish wall (the wall shows open wishes to everyone), so the id
    // alone lets them try; a wish claimed by someone else meanwhile gives CONFLICT, as for units.
    const wish = await ctx.loaders.wish.load(requireId(id));
    if (!wish) throw notFound('MicroWish', id);
    assertNotOwnWish(ctx.caller, wish);
    return takeWishStep(ctx, wish, 'claim', { claimantPersonId: claimant.personId, claimedAt: ctx.clock.now() });
  }

  @Mutation(() => MicroWish, { description: 'Marks a claimed wish fulfilled, saying what was done (实现). Only its claimant.' })
  async fulfilMicroWish(
    @Arg('id', () => ID, { description: 'The wish.' }) id: string,
    @Arg('note', () => String, { description: 'What was done, 1–2000 characters (实现说明).' }) note: string,
    @Ctx() ctx: CobuildingContext,
  ): Promise<MicroWish> {
    const wish = await loadVisibleWish(ctx, id);
    if (!isWishClaimant(ctx.caller, wish)) throw forbidden('Only the person or unit that claimed this wish may fulfil it.');
    const trimmed = note.trim();
    if (trimmed.length < 1 || trimmed.length > 2000) throw badUserInput('note must be 1 to 2000 characters long.', { field: 'note' });
    return takeWishStep(ctx, wish, 'fulfil', { fulfilmentNote: trimmed, fulfilledAt: ctx.clock.now() });
  }

  @Mutation(() => MicroWish, { description: 'Confirms a fulfilled wish (确认). Only the resident whose wish it is.' })
  async confirmMicroWish(@Arg('id', () => ID, { description: 'The wish.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<MicroWish> {
    const wish = await loadVisibleWish(ctx, id);
    assertMayConfirmWish(ctx.caller, wish);
    return takeWishStep(ctx, wish, 'confirm', { confirmedAt: ctx.clock.now() });
  }

  @Mutation(() => MicroWish, { description: 'Cancels an open or claimed wish (撤销). The resident, or COMMUNITY, STREET or DISTRICT of the area.' })
  async cancelMicroWish(@Arg('id', () => ID, { description: 'The wish.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<MicroWish> {
    const wish = await loadVisibleWish(ctx, id);
    assertMayCancelWish(ctx.caller, wish);
    return takeWishStep(ctx, wish, 'cancel', { claimantPersonId: null, claimantUnitId: null });
  }
}
