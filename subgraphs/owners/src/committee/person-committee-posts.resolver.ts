import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { CommitteeMember } from './committee-member.entity.js';

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
