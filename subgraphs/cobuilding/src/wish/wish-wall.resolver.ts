import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { isInScope } from '../access/cobuilding-scope.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { MicroWish } from './micro-wish.entity.js';
import { MicroWishRelease } from './micro-wish-release.entity.js';
import { OpenMicroWishFilter, ReleaseMicroWishInput } from './wish-wall.input.js';
import { findOpenWishes } from './wish-wall.service.js';
import { releaseMicroWish } from './wish-release.service.js';

@ObjectType('OpenMicroWishConnection', { description: 'A page of the wish wall (心愿墙): open micro-wishes.' })
class OpenMicroWishConnection extends Connection(MicroWish) {}

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

@Resolver(() => MicroWishRelease)
export class MicroWishReleaseResolver {
  @FieldResolver(() => PersonStub, { nullable: true, description: 'The person who had claimed it, if a person did (原认领人).' })
  claimantPerson(@Root() release: MicroWishRelease): PersonStub | null {
    return release.releasedByPersonId ? { id: release.releasedByPersonId } : null;
  }

  @FieldResolver(() => JointBuildingUnit, { nullable: true, description: 'The unit that had claimed it, if a unit did (原认领单位).' })
  claimantUnit(@Root() release: MicroWishRelease, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit | null> | null {
    return release.releasedByUnitId ? ctx.loaders.unit.load(release.releasedByUnitId) : null;
  }
}
