import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { NeighborhoodStub, PersonStub } from '../stubs/registry.stub.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { filingOverdue } from './committee-rules.js';

@Resolver(() => OwnersCommittee)
export class OwnersCommitteeResolver {
  @Query(() => OwnersCommittee, { description: "An owners' committee by id (业主委员会)." })
  ownersCommittee(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee> {
    return loadVisibleRecord(ctx, ctx.loaders.committee, 'OwnersCommittee', id, { publicRecord: true });
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood it governs (所属小区).' })
  neighborhood(@Root() committee: OwnersCommittee): NeighborhoodStub {
    return { id: committee.neighborhoodId };
  }

  @FieldResolver(() => Boolean, { description: "Not filed and the 30 days have passed by the server's clock (逾期未备案)." })
  filingOverdue(@Root() committee: OwnersCommittee, @Ctx() ctx: OwnersContext): boolean {
    return filingOverdue(committee, ctx.clock.now());
  }

  @FieldResolver(() => [CommitteeMember], { description: 'Members and their posts (成员).' })
  members(@Root() committee: OwnersCommittee, @Ctx() ctx: OwnersContext): Promise<CommitteeMember[]> {
    return ctx.loaders.membersOfCommittee.load(committee.id);
  }
}

@Resolver(() => CommitteeMember)
export class CommitteePostResolver {
  @FieldResolver(() => PersonStub, { description: 'Who holds the post (成员).' })
  person(@Root() post: CommitteeMember): PersonStub {
    return { id: post.personId };
  }

  @FieldResolver(() => OwnersCommittee, { description: 'The committee (所属业委会).' })
  async committee(@Root() post: CommitteeMember, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee> {
    return (await ctx.loaders.committee.load(post.committeeId))!;
  }
}

@Resolver(() => NeighborhoodStub)
export class NeighborhoodCommitteeResolver {
  @FieldResolver(() => OwnersCommittee, { nullable: true, description: "The owners' committee in office (业主委员会), or null if none has been formed or you may not see it." })
  async ownersCommittee(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee | null> {
    return (await ctx.loaders.activeCommitteesOfNeighborhood.load(neighborhood.id))[0] ?? null;
  }
}

@Resolver(() => PersonStub)
export class PersonCommitteePostsResolver {
  @FieldResolver(() => [CommitteeMember], { description: "The person's posts on owners' committees you may see (业委会任职)." })
  // The gateway brings the person's party standing from the party subgraph; it is recorded for ownersStatistics.
  @Directive('@requires(fields: "partyMember")')
  async committeePosts(@Root() person: PersonStub, @Ctx() ctx: OwnersContext): Promise<CommitteeMember[]> {
    // Standings of every person in the response go to the database in one statement.
    if (typeof person.partyMember === 'boolean') await ctx.loaders.partyStanding.load({ personId: person.id, partyMember: person.partyMember });
    return ctx.loaders.postsOfPerson.load(person.id);
  }
}
