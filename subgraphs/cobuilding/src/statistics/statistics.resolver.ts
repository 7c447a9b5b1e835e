import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { CobuildingAreaStatistics } from './statistics.type.js';
import { CobuildingPeriodInput } from './statistics-period.input.js';

const PERIOD = { nullable: true, description: 'Only events within this period (统计期间): pairings in force, projects planned, wishes posted and fulfilled, activities held. Without it, all time.' };

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaStatisticsResolver(area: ClassType<{ id: string }>, level: 'district' | 'street' | 'community') {
  @Resolver(() => area)
  class AreaStatisticsResolver {
    @FieldResolver(() => CobuildingAreaStatistics, { description: `Co-building figures of the ${level} (共驻共建统计), over what you may read.` })
    cobuildingStatistics(@Root() stub: { id: string }, @Arg('period', () => CobuildingPeriodInput, PERIOD) period: CobuildingPeriodInput | undefined, @Ctx() ctx: CobuildingContext) {
      return ctx.loaders.statisticsFor(level, period).load(requireId(stub.id));
    }
  }
  return AreaStatisticsResolver;
}

export const DistrictStatisticsResolver = areaStatisticsResolver(DistrictStub, 'district');
export const StreetStatisticsResolver = areaStatisticsResolver(StreetStub, 'street');
export const CommunityStatisticsResolver = areaStatisticsResolver(CommunityStub, 'community');
