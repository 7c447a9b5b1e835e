import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, PersonStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from './joint-building-unit.entity.js';
import { UnitPost } from './unit-post.entity.js';

@Resolver(() => UnitPost)
export class UnitPostResolver {
  @FieldResolver(() => JointBuildingUnit, { description: 'The unit the post is held for.' })
  async unit(@Root() post: UnitPost, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return (await ctx.loaders.unit.load(post.unitId))!;
  }

  @FieldResolver(() => PersonStub, { description: 'The person holding it.' })
  person(@Root() post: UnitPost): PersonStub {
    return { id: post.personId };
  }

  @FieldResolver(() => CommunityStub, { description: 'The community it serves.' })
  community(@Root() post: UnitPost): CommunityStub {
    return { id: post.communityId };
  }
}
