import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PartyEventCounts } from './party-event-counts.js';
import { countingPeriod, PartyStatisticsPeriod } from './party-period.input.js';
import type { AreaLevel } from './party-statistics.js';
import { readsAreaOf } from './readable-area.js';

const PERIOD_DESCRIPTION = 'Count only the events inside this period (统计期间). Omitted: everything as of now.';
const DESCRIPTION = (of: string) =>
  `Party events of ${of} by period (党建工作量统计): joint meetings held, matters proposed and withdrawn, escalations called and resolved, service orders completed. For the area offices whose area holds it; zeros for everyone else.`;

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaPartyEventCountsResolver(area: typeof DistrictStub, level: AreaLevel) {
  @Resolver(() => area)
  class AreaPartyEventCountsResolver {
    @FieldResolver(() => PartyEventCounts, { description: DESCRIPTION(`the ${level}`) })
    async partyEventCounts(
      @Root() stub: DistrictStub,
      @Arg('period', () => PartyStatisticsPeriod, { nullable: true, description: PERIOD_DESCRIPTION }) period: PartyStatisticsPeriod | undefined,
      @Ctx() ctx: PartyContext,
    ): Promise<PartyEventCounts> {
      const counting = countingPeriod(period);
      if (!(await readsAreaOf(ctx, level, stub.id))) return new PartyEventCounts();
      return ctx.loaders.eventCountsFor(level, counting).load(stub.id);
    }
  }
  return AreaPartyEventCountsResolver;
}

export const DistrictPartyEventCountsResolver = areaPartyEventCountsResolver(DistrictStub, 'district');
export const StreetPartyEventCountsResolver = areaPartyEventCountsResolver(StreetStub, 'street');
export const CommunityPartyEventCountsResolver = areaPartyEventCountsResolver(CommunityStub, 'community');
