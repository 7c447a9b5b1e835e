import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { ServiceOrderStatistics } from './service-order-statistics.js';

@Resolver(() => DistrictStub)
export class DistrictServiceOrderResolver {
  @FieldResolver(() => ServiceOrderStatistics, { description: "The district's service orders and responsibility zones (点单派单接单统计)." })
  serviceOrderStatistics(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<ServiceOrderStatistics> {
    return ctx.loaders.serviceOrders.statistics.district.load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetServiceOrderResolver {
  @FieldResolver(() => ServiceOrderStatistics, { description: "The street's service orders and responsibility zones (点单派单接单统计)." })
  serviceOrderStatistics(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<ServiceOrderStatistics> {
    return ctx.loaders.serviceOrders.statistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityServiceOrderResolver {
  @FieldResolver(() => ServiceOrderStatistics, { description: "The community's service orders and responsibility zones (点单派单接单统计)." })
  serviceOrderStatistics(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<ServiceOrderStatistics> {
    return ctx.loaders.serviceOrders.statistics.community.load(community.id);
  }
}
