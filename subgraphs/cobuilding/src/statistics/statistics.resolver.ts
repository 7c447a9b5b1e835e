import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { CobuildingAreaStatistics } from './statistics.types.js';
import { CobuildingPeriodInput } from './statistics-period.input.js';

const PERIOD = { nullable: true, description: 'Only events within this period (统计期间): pairings in force, projects planned, wishes posted and fulfilled, activities held. Without it, all time.' };

@Resolver(() => DistrictStub)
export class DistrictStatisticsResolver {
  @FieldResolver(() => CobuildingAreaStatistics, { description: 'Co-building figures of the district (共驻共建统计), over what you may read.' })
  cobuildingStatistics(@Root() district: DistrictStub, @Arg('period', () => CobuildingPeriodInput, PERIOD) period: CobuildingPeriodInput | undefined, @Ctx() ctx: CobuildingContext) {
    return ctx.loaders.statisticsFor('district', period).load(requireId(district.id));
  }
}

@Resolver(() => StreetStub)
export class StreetStatisticsResolver {
  @FieldResolver(() => CobuildingAreaStatistics, { description: 'Co-building figures of the street (共驻共建统计), over what you may read.' })
  cobuildingStatistics(@Root() street: StreetStub, @Arg('period', () => CobuildingPeriodInput, PERIOD) period: CobuildingPeriodInput | undefined, @Ctx() ctx: CobuildingContext) {
    return ctx.loaders.statisticsFor('street', period).load(requireId(street.id));
  }
}

@Resolver(() => CommunityStub)
export class CommunityStatisticsResolver {
  @FieldResolver(() => CobuildingAreaStatistics, { description: 'Co-building figures of the community (共驻共建统计), over what you may read.' })
  cobuildingStatistics(@Root() community: CommunityStub, @Arg('period', () => CobuildingPeriodInput, PERIOD) period: CobuildingPeriodInput | undefined, @Ctx() ctx: CobuildingContext) {
    return ctx.loaders.statisticsFor('community', period).load(requireId(community.id));
  }
}
