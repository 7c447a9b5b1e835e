import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { UnitPost } from './unit-post.entity.js';

@Resolver(() => PersonStub)
export class PersonUnitPostsResolver {
  @FieldResolver(() => [UnitPost], { description: "Posts the person holds for joint-building units (共建单位职务) that you may read." })
  unitPosts(@Root() person: PersonStub, @Ctx() ctx: CobuildingContext): Promise<UnitPost[]> {
    return ctx.loaders.postsOfPerson.load(requireId(person.id));
  }
}
