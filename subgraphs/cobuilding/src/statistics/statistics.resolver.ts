import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../place/place.stub.js';
import { CobuildingAreaStatistics } from './statistics.types.js';

@Resolver(() => DistrictStub)
export class DistrictStatisticsResolver {
  @FieldResolver(() => CobuildingAreaStatistics, { description: 'Co-building figures of the district (共驻共建统计), over what you may read.' })
  cobuildingStatistics(@Root() district: DistrictStub, @Ctx() ctx: CobuildingContext) {
    return ctx.loaders.statistics.district.load(requireId(district.id));
  }
}

@Resolver(() => StreetStub)
export class StreetStatisticsResolver {
  @FieldResolver(() => CobuildingAreaStatistics, { description: 'Co-building figures of the street (共驻共建统计), over what you may read.' })
  cobuildingStatistics(@Root() street: StreetStub, @Ctx() ctx: CobuildingContext) {
    return ctx.loaders.statistics.street.load(requireId(street.id));
  }
}

@Resolver(() => CommunityStub)
export class CommunityStatisticsResolver {
  @FieldResolver(() => CobuildingAreaStatistics, { description: 'Co-building figures of the community (共驻共建统计), over what you may read.' })
  cobuildingStatistics(@Root() community: CommunityStub, @Ctx() ctx: CobuildingContext) {
    return ctx.loaders.statistics.community.load(requireId(community.id));
  }
}
