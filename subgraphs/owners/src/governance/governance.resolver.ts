import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { attestMatterFacts, MatterStageFactsScalar, type MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import type { OwnersContext } from '../owners.loaders.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { CommitteeRole } from '../committee/committee-kinds.js';
import type { CommitteeMember } from '../committee/committee-member.entity.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';

/** The owners' share of a governance matter (三议一服务: 决议): its motions, the resolution, and the facts of the stage. */
@Resolver(() => GovernanceMatterStub)
export class GovernanceMatterOwnersResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => MatterStageFactsScalar.hidden, { description: 'Facts of this subgraph about the matter, signed by it, for the party subgraph to derive its stage.' })
  async ownersFacts(@Root() matter: GovernanceMatterStub, @Ctx() ctx: OwnersContext): Promise<MatterStageFacts> {
    return attestMatterFacts('owners', matter.id, await ctx.loaders.factsOfMatter.load(matter.id), ctx.statementKeys);
  }

  @FieldResolver(() => [OwnersMotion], {
    description: "Motions put to the owners' assembly for this matter (决议事项), oldest first: those you may read (the committee's own, area offices').",
  })
  motions(@Root() matter: GovernanceMatterStub, @Ctx() ctx: OwnersContext): Promise<OwnersMotion[]> {
    return ctx.loaders.motionsOfMatter.load(matter.id);
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description:
      "The owners' assembly's resolution adopting the matter (业主大会决议): the resolution in force on its adopted motion; null until one is adopted " +
      'or if you may not read it (property companies and residents: once published).',
  })
  resolution(@Root() matter: GovernanceMatterStub, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    return ctx.loaders.adoptingResolutionOfMatter.load(matter.id);
  }
}

const POST_TITLES: Record<CommitteeRole, string> = {
  [CommitteeRole.DIRECTOR]: '业委会主任',
  [CommitteeRole.DEPUTY_DIRECTOR]: '业委会副主任',
  [CommitteeRole.MEMBER]: '业委会委员',
  [CommitteeRole.EXECUTIVE_SECRETARY]: '业委会执行秘书',
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A committee post as `Person.posts` lists it: the committee, the post, from the election to the end of the term. */
export function summarisePost(post: CommitteeMember, committee: OwnersCommittee): PostSummary {
  return {
    postId: post.id,
    organizationType: 'OwnersCommittee',
    organizationId: committee.id,
    kind: post.role,
    title: POST_TITLES[post.role],
    since: isoDay(committee.electedOn),
    until: isoDay(committee.termEndsOn),
  };
}

/** The posts this subgraph keeps for a person, summarised for `Person.posts` (merged by the party subgraph). */
@Resolver(() => PersonStub)
export class PersonOwnersPostSummariesResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [PostSummaryScalar.hidden], { description: "The person's posts kept here that the caller may read, summarised for Person.posts." })
  async ownersPostSummaries(@Root() person: PersonStub, @Ctx() ctx: OwnersContext): Promise<PostSummary[]> {
    // The same posts `Person.committeePosts` shows this caller.
    const posts = await ctx.loaders.postsOfPerson.load(person.id);
    const committees = await ctx.loaders.committee.loadMany(posts.map((post) => post.committeeId));
    return posts.map((post, index) => summarisePost(post, committees[index] as OwnersCommittee));
  }
}
