import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PointsStatistics } from './points-statistics.type.js';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaPointsResolver(area: ClassType<{ id: string }>, level: 'district' | 'street' | 'community') {
  @Resolver(() => area)
  class AreaPointsResolver {
    @FieldResolver(() => PointsStatistics, { description: `The ${level}'s points (积分统计).` })
    pointsStatistics(@Root() stub: { id: string }, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
      return ctx.loaders.pointsStatistics[level].load(stub.id);
    }
  }
  return AreaPointsResolver;
}

export const DistrictPointsResolver = areaPointsResolver(DistrictStub, 'district');
export const StreetPointsResolver = areaPointsResolver(StreetStub, 'street');
export const CommunityPointsResolver = areaPointsResolver(CommunityStub, 'community');
