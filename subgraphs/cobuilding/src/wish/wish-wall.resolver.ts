import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { isInScope } from '../access/cobuilding-scope.js';
import { MicroWish } from './micro-wish.entity.js';
import { MicroWishRelease } from './micro-wish-release.entity.js';
import { OpenMicroWishFilter, ReleaseMicroWishInput } from './wish-wall.input.js';
import { findOpenWishes } from './wish-wall.service.js';
import { releaseMicroWish } from './wish-release.service.js';
import { OpenMicroWishConnection } from './wish-wall.type.js';

@Resolver(() => MicroWish)
export class WishWallResolver {
  @Query(() => OpenMicroWishConnection, {
    description:
      'The wish wall (心愿墙): open micro-wishes waiting to be claimed, longest waiting first. A RESIDENT sees the communities where they live or own a unit; other roles the wishes they may read.',
  })
  openMicroWishes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OpenMicroWishFilter, { nullable: true, description: 'Conditions the listed wishes must all meet.' }) filter: OpenMicroWishFilter | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    return findOpenWishes(ctx, page, filter);
  }

  @Mutation(() => MicroWish, { description: 'Gives a claimed wish back (释放认领): it is open again, and the claim is kept in its history. Only its claimant.' })
  releaseMicroWish(@Arg('input', () => ReleaseMicroWishInput, { description: 'The wish and why.' }) input: ReleaseMicroWishInput, @Ctx() ctx: CobuildingContext): Promise<MicroWish> {
    return releaseMicroWish(ctx, input);
  }

  @FieldResolver(() => [MicroWishRelease], {
    description: 'Claims given back (释放记录), oldest first; shown to those who may read the wish itself (not to wall browsers).',
  })
  async releases(@Root() wish: MicroWish, @Ctx() ctx: CobuildingContext): Promise<MicroWishRelease[]> {
    if (!isInScope(ctx.loaders.scope.wish, wish)) return [];
    return ctx.loaders.releasesOfWish.load(wish.id);
  }
}
