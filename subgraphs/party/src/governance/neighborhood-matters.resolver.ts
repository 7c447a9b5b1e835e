import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PartyContext } from '../party.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { GovernanceMatterConnection } from './governance-matter.type.js';
import { NeighborhoodMattersArgs } from './governance-matter.input.js';
import { mayReadMatter } from './governance.access.js';
import { neighborhoodMattersWhere } from './matter-list.service.js';

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
