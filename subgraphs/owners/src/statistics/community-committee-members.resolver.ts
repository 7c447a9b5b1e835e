import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { CommunityStub } from '../stubs/registry.stub.js';

// Who sits on the committees in office in an area, for the party subgraph, which alone knows who is a party member:
// it requires these ids and counts the party members among them (业委会成员中党员占比). Hidden from clients.
const DESCRIPTION = 'Person ids of the voting members of the committees in office here (委员), for the party subgraph.';

@Resolver(() => CommunityStub)
export class CommunityCommitteeMembersResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [ID], { description: DESCRIPTION })
  ownersCommitteeMemberPersonIds(@Root() community: CommunityStub, @Ctx() ctx: OwnersContext): Promise<string[]> {
    return ctx.loaders.committeeMembersOfPlace.load(`communityId:${community.id}`);
  }
}
