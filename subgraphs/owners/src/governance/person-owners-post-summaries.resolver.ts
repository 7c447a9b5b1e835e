import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PostSummaryScalar, type PostSummary } from '../../../platform/governance/post-summary.js';
import type { OwnersContext } from '../owners.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { CommitteeRole } from '../committee/committee-kinds.js';
import type { CommitteeMember } from '../committee/committee-member.entity.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';

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
