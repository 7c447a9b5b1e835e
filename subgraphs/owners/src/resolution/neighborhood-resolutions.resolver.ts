import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { Resolution } from './resolution.entity.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: "Resolutions of the owners' assembly you may read, newest first (业主大会决议). Property companies and residents: published only." })
  resolutions(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<Resolution[]> {
    return ctx.loaders.resolutionsOfNeighborhood.load(neighborhood.id);
  }
}
