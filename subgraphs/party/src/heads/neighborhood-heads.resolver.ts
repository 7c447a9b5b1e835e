import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { NeighborhoodHead } from './neighborhood-head.entity.js';
import { HeadListArgs } from './neighborhood-head.input.js';
import { visibleHeads } from './neighborhood-head-lookup.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodHeadsResolver {
  @FieldResolver(() => [NeighborhoodHead], {
    description: "The neighborhood's building, entrance and grid heads (三长), in office unless includeEnded. Empty for callers who may not read them.",
  })
  async neighborhoodHeads(@Root() neighborhood: NeighborhoodStub, @Args(() => HeadListArgs) args: HeadListArgs, @Ctx() ctx: PartyContext): Promise<NeighborhoodHead[]> {
    return visibleHeads(ctx, await ctx.loaders.heads.headsOfNeighborhood.load(neighborhood.id), args.includeEnded);
  }
}
