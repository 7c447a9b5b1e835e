import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { readsArea } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { GovernanceMatterResults, matterResults } from './matter-results.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';

const REQUIRES = '@requires(fields: "propertyMatterServiceCounts cobuildingMatterServiceCounts")';
const DESCRIPTION =
  "Governance matters of the area carried to completion (三方联动解决问题数), composed with the property and cobuilding subgraphs: for the area offices whose area holds it; zeros for everyone else, as the party statistics.";

type Area = DistrictStub | StreetStub | CommunityStub;

async function resultsOf(ctx: PartyContext, level: AreaLevel, area: Area): Promise<GovernanceMatterResults> {
  if (level === 'district') {
    if (!readsArea(ctx.caller, { level, id: area.id, districtId: area.id, streetId: null })) return new GovernanceMatterResults();
  } else {
    const place = await ctx.loaders.place.load(area.id);
    if (!place || !readsArea(ctx.caller, { level, id: area.id, districtId: place.districtId, streetId: level === 'street' ? area.id : place.streetId })) return new GovernanceMatterResults();
  }
  return matterResults(await ctx.loaders.matterStandings[level].load(area.id), area.propertyMatterServiceCounts, area.cobuildingMatterServiceCounts);
}

@Resolver(() => DistrictStub)
export class DistrictMatterResultsResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => GovernanceMatterResults, { description: DESCRIPTION })
  governanceMatterResults(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<GovernanceMatterResults> {
    return resultsOf(ctx, 'district', district);
  }
}

@Resolver(() => StreetStub)
export class StreetMatterResultsResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => GovernanceMatterResults, { description: DESCRIPTION })
  governanceMatterResults(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<GovernanceMatterResults> {
    return resultsOf(ctx, 'street', street);
  }
}

@Resolver(() => CommunityStub)
export class CommunityMatterResultsResolver {
  @Directive(REQUIRES)
  @FieldResolver(() => GovernanceMatterResults, { description: DESCRIPTION })
  governanceMatterResults(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<GovernanceMatterResults> {
    return resultsOf(ctx, 'community', community);
  }
}
