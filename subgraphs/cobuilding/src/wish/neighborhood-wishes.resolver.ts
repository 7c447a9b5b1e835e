import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { MicroWish } from './micro-wish.entity.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodWishesResolver {
  @FieldResolver(() => [MicroWish], { description: "Residents' micro-wishes in this neighborhood (微心愿) that you may read." })
  microWishes(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: CobuildingContext): Promise<MicroWish[]> {
    return ctx.loaders.wishesOfNeighborhood.load(requireId(neighborhood.id));
  }
}
