import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { HeadStatistics } from './neighborhood-head-statistics.js';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaHeadStatisticsResolver(area: typeof DistrictStub, level: AreaLevel) {
  @Resolver(() => area)
  class AreaHeadStatisticsResolver {
    @FieldResolver(() => HeadStatistics, { description: `The ${level}'s building, entrance and grid heads in office (三长统计).` })
    headStatistics(@Root() stub: DistrictStub, @Ctx() ctx: PartyContext): Promise<HeadStatistics> {
      return ctx.loaders.heads.statistics[level].load(stub.id);
    }
  }
  return AreaHeadStatisticsResolver;
}

export const DistrictHeadStatisticsResolver = areaHeadStatisticsResolver(DistrictStub, 'district');
export const StreetHeadStatisticsResolver = areaHeadStatisticsResolver(StreetStub, 'street');
export const CommunityHeadStatisticsResolver = areaHeadStatisticsResolver(CommunityStub, 'community');
