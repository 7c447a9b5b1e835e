import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { attestMatterFacts, MatterStageFactsScalar, type MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CoBuildingProject } from '../project/project.entity.js';
import { UNIT_POST_TITLE_TEXT } from '../unit/unit-post-title.js';
import type { UnitPost } from '../unit/unit-post.entity.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { PersonStub } from '../stubs/registry.stub.js';

/** Cobuilding's share of a governance matter (三议一服务的服务): its projects, and the facts the party subgraph derives the stage from. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterCobuildingResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFactsScalar.hidden, { description: 'Facts of this subgraph about the matter, signed by it, for the party subgraph to derive its stage.' })
  async cobuildingFacts(@Root() matter: GovernanceMatterStub, @Ctx() ctx: CobuildingContext): Promise<MatterStageFacts> {
    const id = requireId(matter.id);
    return attestMatterFacts('cobuilding', id, await ctx.loaders.matterFacts.load(id), ctx.statementKeys);
  }

  @FieldResolver(() => [CoBuildingProject], { description: 'Co-building projects serving this matter (服务) that you may read, oldest first.' })
  projects(@Root() matter: GovernanceMatterStub, @Ctx() ctx: CobuildingContext): Promise<CoBuildingProject[]> {
    return ctx.loaders.projectsOfMatter.load(requireId(matter.id));
  }
}

/** A unit post as Person.posts shows it. */
export function summarizeUnitPost(post: UnitPost): PostSummary {
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
