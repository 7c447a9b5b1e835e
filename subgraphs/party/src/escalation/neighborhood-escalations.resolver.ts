import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { Escalation } from './escalation.entity.js';
import { mayReadEscalation } from './escalation.access.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodEscalationResolver {
  @FieldResolver(() => [Escalation], { description: "The neighborhood's escalations the caller may read, newest first (呼叫事项)." })
  async escalations(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: PartyContext): Promise<Escalation[]> {
    const rows = await ctx.loaders.escalations.escalationsOfNeighborhood.load(neighborhood.id);
    const branches = await ctx.loaders.organization.loadMany(rows.map((row) => row.branchId));
    return rows.filter((row, index) => {
      const branch = branches[index];
      return mayReadEscalation(ctx.caller, row, branch instanceof Error ? null : branch);
    });
  }
}
