import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { GovernanceMatterResults, matterResults } from './matter-results.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { readsAreaOf } from '../statistics/readable-area.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';

const REQUIRES = '@requires(fields: "propertyMatterServiceCounts cobuildingMatterServiceCounts")';
const DESCRIPTION =
  "Governance matters of the area carried to completion (三方联动解决问题数), composed with the property and cobuilding subgraphs: for the area offices whose area holds it; zeros for everyone else, as the party statistics.";

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaMatterResultsResolver(area: typeof DistrictStub, level: AreaLevel) {
  @Resolver(() => area)
  class AreaMatterResultsResolver {
    @Directive(REQUIRES)
    @FieldResolver(() => GovernanceMatterResults, { description: DESCRIPTION })
    async governanceMatterResults(@Root() stub: DistrictStub, @Ctx() ctx: PartyContext): Promise<GovernanceMatterResults> {
      if (!(await readsAreaOf(ctx, level, stub.id))) return new GovernanceMatterResults();
      return matterResults(await ctx.loaders.matterStandings[level].load(stub.id), stub.propertyMatterServiceCounts, stub.cobuildingMatterServiceCounts);
    }
  }
  return AreaMatterResultsResolver;
}

export const DistrictMatterResultsResolver = areaMatterResultsResolver(DistrictStub, 'district');
export const StreetMatterResultsResolver = areaMatterResultsResolver(StreetStub, 'street');
export const CommunityMatterResultsResolver = areaMatterResultsResolver(CommunityStub, 'community');
