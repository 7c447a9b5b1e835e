import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { CommitteeMember } from './committee-member.entity.js';
import { filingOverdue } from './committee.rules.js';

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
