import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readsArea } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PartyEventCounts } from './party-event-counts.js';
import { countingPeriod, PartyStatisticsPeriod } from './party-period.input.js';

const PERIOD_DESCRIPTION = 'Count only the events inside this period (统计期间). Omitted: everything as of now.';
const DESCRIPTION = (of: string) =>
  `Party events of ${of} by period (党建工作量统计): joint meetings held, matters proposed and withdrawn, escalations called and resolved, service orders completed. For the area offices whose area holds it; zeros for everyone else.`;

@Resolver(() => DistrictStub)
export class DistrictPartyEventCountsResolver {
  @FieldResolver(() => PartyEventCounts, { description: DESCRIPTION('the district') })
  async partyEventCounts(
    @Root() district: DistrictStub,
    @Arg('period', () => PartyStatisticsPeriod, { nullable: true, description: PERIOD_DESCRIPTION }) period: PartyStatisticsPeriod | undefined,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyEventCounts> {
    const counting = countingPeriod(period);
    if (!readsArea(ctx.caller, { level: 'district', id: district.id, districtId: district.id, streetId: null })) return new PartyEventCounts();
    return ctx.loaders.eventCountsFor('district', counting).load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetPartyEventCountsResolver {
  @FieldResolver(() => PartyEventCounts, { description: DESCRIPTION('the street') })
  async partyEventCounts(
    @Root() street: StreetStub,
    @Arg('period', () => PartyStatisticsPeriod, { nullable: true, description: PERIOD_DESCRIPTION }) period: PartyStatisticsPeriod | undefined,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyEventCounts> {
    const counting = countingPeriod(period);
    const place = await ctx.loaders.place.load(street.id);
    if (!place || !readsArea(ctx.caller, { level: 'street', id: street.id, districtId: place.districtId, streetId: street.id })) return new PartyEventCounts();
    return ctx.loaders.eventCountsFor('street', counting).load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityPartyEventCountsResolver {
  @FieldResolver(() => PartyEventCounts, { description: DESCRIPTION('the community') })
  async partyEventCounts(
    @Root() community: CommunityStub,
    @Arg('period', () => PartyStatisticsPeriod, { nullable: true, description: PERIOD_DESCRIPTION }) period: PartyStatisticsPeriod | undefined,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyEventCounts> {
    const counting = countingPeriod(period);
    const place = await ctx.loaders.place.load(community.id);
    if (!place || !readsArea(ctx.caller, { level: 'community', id: community.id, districtId: place.districtId, streetId: place.streetId })) return new PartyEventCounts();
    return ctx.loaders.eventCountsFor('community', counting).load(community.id);
  }
}
