import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { CommitteeMember } from './committee-member.entity.js';

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
