import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PointsStatistics } from './points-statistics.types.js';

@Resolver(() => DistrictStub)
export class DistrictPointsResolver {
  @FieldResolver(() => PointsStatistics, { description: "The district's points (积分统计)." })
  pointsStatistics(@Root() district: DistrictStub, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
    return ctx.loaders.pointsStatistics.district.load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetPointsResolver {
  @FieldResolver(() => PointsStatistics, { description: "The street's points (积分统计)." })
  pointsStatistics(@Root() street: StreetStub, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
    return ctx.loaders.pointsStatistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityPointsResolver {
  @FieldResolver(() => PointsStatistics, { description: "The community's points (积分统计)." })
  pointsStatistics(@Root() community: CommunityStub, @Ctx() ctx: CobuildingContext): Promise<PointsStatistics> {
    return ctx.loaders.pointsStatistics.community.load(community.id);
  }
}
