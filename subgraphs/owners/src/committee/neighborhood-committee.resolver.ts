import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { OwnersCommittee } from './owners-committee.entity.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodCommitteeResolver {
  @FieldResolver(() => OwnersCommittee, { nullable: true, description: "The owners' committee in office (业主委员会), or null if none has been formed or you may not see it." })
  async ownersCommittee(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee | null> {
    return (await ctx.loaders.activeCommitteesOfNeighborhood.load(neighborhood.id))[0] ?? null;
  }
}
