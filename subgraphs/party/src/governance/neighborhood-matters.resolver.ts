import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { GovernanceMatterConnection } from './governance-matter.resolver.js';
import { NeighborhoodMattersArgs, WithdrawGovernanceMatterInput } from './governance-matter.input.js';
import { mayReadMatter } from './governance.access.js';
import { neighborhoodMattersWhere } from './matter-list.service.js';
import { withdrawGovernanceMatter } from './matter-withdrawal.service.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodMattersResolver {
  @FieldResolver(() => GovernanceMatterConnection, {
    description:
      "The neighborhood's governance matters (小区议事事项), oldest proposal first, with filters: for its branch and the area offices over it, its property company and owners' committee, units paired with its community, and residents living or owning a unit there. FORBIDDEN for anyone else.",
  })
  async governanceMatters(@Root() neighborhood: NeighborhoodStub, @Args(() => NeighborhoodMattersArgs) args: NeighborhoodMattersArgs, @Ctx() ctx: PartyContext) {
    const place = await ctx.loaders.place.load(neighborhood.id);
    const branch = await ctx.loaders.branchOfNeighborhood.load(neighborhood.id);
    const readable = place !== null && branch !== null && mayReadMatter(ctx.caller, { ...place, communityId: place.communityId ?? '', neighborhoodId: place.id }, branch);
    if (!readable) throw forbidden("You may not read this neighborhood's governance matters: its party and area offices, its property company and owners' committee, paired units and its residents may.");
    return findPage(ctx.em, GovernanceMatter, await neighborhoodMattersWhere(ctx, place.id, args), args, 'proposedOn');
  }
}

@Resolver(() => GovernanceMatter)
export class MatterWithdrawalResolver {
  @Mutation(() => GovernanceMatter, {
    description:
      'Withdraws a governance matter (撤回) while no joint meeting has agreed or rejected it; the record stays with who, when (server day) and why. The branch that may propose it, or the offices over it.',
  })
  withdrawGovernanceMatter(
    @Arg('input', () => WithdrawGovernanceMatterInput, { description: 'Which matter, the version read, and why.' }) input: WithdrawGovernanceMatterInput,
    @Ctx() ctx: PartyContext,
  ): Promise<GovernanceMatter> {
    return withdrawGovernanceMatter(ctx, input);
  }
}
