import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { Pairing } from './pairing.entity.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodPairingsResolver {
  @FieldResolver(() => [Pairing], { description: 'Units paired with this neighborhood itself (包保小区) that you may read; community-wide pairings are under Community.pairings.' })
  pairings(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: CobuildingContext): Promise<Pairing[]> {
    return ctx.loaders.pairingsOfNeighborhood.load(requireId(neighborhood.id));
  }
}
