import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from './organization.entity.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodPartyResolver {
  @FieldResolver(() => PartyOrganization, {
    nullable: true,
    description: 'The neighborhood branch covering it (小区党支部): its own, a joint or a grid branch; null if none. Public facts, with member counts.',
  })
  partyBranch(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: PartyContext): Promise<PartyOrganization | null> {
    return ctx.loaders.branchRowOfNeighborhood.load(neighborhood.id);
  }
}
