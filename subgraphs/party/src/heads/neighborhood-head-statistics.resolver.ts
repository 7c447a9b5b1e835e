import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { HeadStatistics } from './neighborhood-head-statistics.js';

@Resolver(() => DistrictStub)
export class DistrictHeadStatisticsResolver {
  @FieldResolver(() => HeadStatistics, { description: "The district's building, entrance and grid heads in office (三长统计)." })
  headStatistics(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<HeadStatistics> {
    return ctx.loaders.heads.statistics.district.load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetHeadStatisticsResolver {
  @FieldResolver(() => HeadStatistics, { description: "The street's building, entrance and grid heads in office (三长统计)." })
  headStatistics(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<HeadStatistics> {
    return ctx.loaders.heads.statistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityHeadStatisticsResolver {
  @FieldResolver(() => HeadStatistics, { description: "The community's building, entrance and grid heads in office (三长统计)." })
  headStatistics(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<HeadStatistics> {
    return ctx.loaders.heads.statistics.community.load(community.id);
  }
}
