import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { selectedFieldNames } from '../../../platform/selection/selected-fields.js';
import { statisticsPartsFor, type AreaLevel } from './party-statistics.js';
import { PartyAreaStatistics } from './party-statistics.type.js';
import { readsAreaOf } from './readable-area.js';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaPartyResolver(area: typeof DistrictStub, level: AreaLevel) {
  @Resolver(() => area)
  class AreaPartyResolver {
    @FieldResolver(() => PartyAreaStatistics, {
      description: `The ${level}'s party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read.`,
    })
    async partyStatistics(@Root() stub: DistrictStub, @Ctx() ctx: PartyContext, @Info() info: GraphQLResolveInfo): Promise<PartyAreaStatistics> {
      if (!(await readsAreaOf(ctx, level, stub.id))) return new PartyAreaStatistics();
      // Only the statements that give the figures asked for run (a dashboard asks for a few of them).
      return ctx.loaders.statisticsFor(level, statisticsPartsFor(selectedFieldNames(info))).load(stub.id);
    }
  }
  return AreaPartyResolver;
}

export const DistrictPartyResolver = areaPartyResolver(DistrictStub, 'district');
export const StreetPartyResolver = areaPartyResolver(StreetStub, 'street');
export const CommunityPartyResolver = areaPartyResolver(CommunityStub, 'community');
