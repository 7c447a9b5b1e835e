import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { UNIT_POST_TITLE_TEXT } from '../unit/unit-post-title.js';
import type { UnitPost } from '../unit/unit-post.entity.js';
import { PersonStub } from '../stubs/registry.stub.js';

/** A unit post as Person.posts shows it. */
function summarizeUnitPost(post: UnitPost): PostSummary {
  return {
    postId: post.id,
    organizationType: 'JointBuildingUnit',
    organizationId: post.unitId,
    kind: post.title,
    title: UNIT_POST_TITLE_TEXT[post.title],
    since: post.since,
    until: post.endedOn,
  };
}

/** The posts this subgraph keeps for a person, summarised for `Person.posts` (merged by the party subgraph). */
@Resolver(() => PersonStub)
export class PersonCobuildingPostSummariesResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [PostSummaryScalar.hidden], { description: "The person's posts kept here that the caller may read, summarised for Person.posts." })
  async cobuildingPostSummaries(@Root() person: PersonStub, @Ctx() ctx: CobuildingContext): Promise<PostSummary[]> {
    // The same loader, hence the same rules and the same single statement, as Person.unitPosts.
    const posts = await ctx.loaders.postsOfPerson.load(requireId(person.id));
    return posts.map(summarizeUnitPost);
  }
}
