import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { CoBuildingProject } from './project.entity.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodProjectsResolver {
  @FieldResolver(() => [CoBuildingProject], { description: 'Co-building projects serving this neighborhood (共建项目) that you may read.' })
  projects(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: CobuildingContext): Promise<CoBuildingProject[]> {
    return ctx.loaders.projectsOfNeighborhood.load(requireId(neighborhood.id));
  }
}
