import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { readsArea } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PartyAreaStatistics } from './party-statistics.js';

@Resolver(() => DistrictStub)
export class DistrictPartyResolver {
  @FieldResolver(() => PartyAreaStatistics, { description: "The district's party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read." })
  async partyStatistics(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<PartyAreaStatistics> {
    if (!readsArea(ctx.caller, { level: 'district', id: district.id, districtId: district.id, streetId: null })) return new PartyAreaStatistics();
    return ctx.loaders.statistics.district.load(district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetPartyResolver {
  @FieldResolver(() => PartyAreaStatistics, { description: "The street's party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read." })
  async partyStatistics(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<PartyAreaStatistics> {
    const place = await ctx.loaders.place.load(street.id);
    if (!place || !readsArea(ctx.caller, { level: 'street', id: street.id, districtId: place.districtId, streetId: street.id })) return new PartyAreaStatistics();
    return ctx.loaders.statistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityPartyResolver {
  @FieldResolver(() => PartyAreaStatistics, { description: "The community's party figures (党建统计): for the area offices whose area holds it; zeros for everyone else, as every subgraph's statistics count only what the caller may read." })
  async partyStatistics(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<PartyAreaStatistics> {
    const place = await ctx.loaders.place.load(community.id);
    if (!place || !readsArea(ctx.caller, { level: 'community', id: community.id, districtId: place.districtId, streetId: place.streetId })) return new PartyAreaStatistics();
    return ctx.loaders.statistics.community.load(community.id);
  }
}
