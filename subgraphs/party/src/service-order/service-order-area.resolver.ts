import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { ServiceOrderStatistics } from './service-order-statistics.js';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaServiceOrderResolver(area: typeof DistrictStub, level: AreaLevel) {
  @Resolver(() => area)
  class AreaServiceOrderResolver {
    @FieldResolver(() => ServiceOrderStatistics, { description: `The ${level}'s service orders and responsibility zones (点单派单接单统计).` })
    serviceOrderStatistics(@Root() stub: DistrictStub, @Ctx() ctx: PartyContext): Promise<ServiceOrderStatistics> {
      return ctx.loaders.serviceOrders.statistics[level].load(stub.id);
    }
  }
  return AreaServiceOrderResolver;
}

export const DistrictServiceOrderResolver = areaServiceOrderResolver(DistrictStub, 'district');
export const StreetServiceOrderResolver = areaServiceOrderResolver(StreetStub, 'street');
export const CommunityServiceOrderResolver = areaServiceOrderResolver(CommunityStub, 'community');
