import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { EscalationStatistics } from './escalation-statistics.js';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaEscalationResolver(area: typeof DistrictStub, level: AreaLevel) {
  @Resolver(() => area)
  class AreaEscalationResolver {
    @FieldResolver(() => EscalationStatistics, { description: `The ${level}'s escalations by level (逐级呼叫统计).` })
    escalationStatistics(@Root() stub: DistrictStub, @Ctx() ctx: PartyContext): Promise<EscalationStatistics> {
      return ctx.loaders.escalations.statistics[level].load(stub.id);
    }
  }
  return AreaEscalationResolver;
}

export const DistrictEscalationResolver = areaEscalationResolver(DistrictStub, 'district');
export const StreetEscalationResolver = areaEscalationResolver(StreetStub, 'street');
export const CommunityEscalationResolver = areaEscalationResolver(CommunityStub, 'community');
