import { Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { MatterServiceCountScalar, type MatterServiceCount } from '../../../platform/governance/matter-service-count.js';
import type { PropertyContext } from '../property.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';

// The service requests linked to each governance matter of an area, counted, for the party subgraph, which alone
// knows the matters' deliberations: it requires these and counts the matters 三议一服务 carried to completion
// (三方联动解决问题数). Hidden from clients; they read only the party subgraph's totals.
const DESCRIPTION = 'Service requests linked to each governance matter of the area, counted (服务进展), for the party subgraph.';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaMatterFactsResolver(area: ClassType<{ id: string }>, column: keyof PropertyContext['loaders']['matterFactsOfArea']) {
  @Resolver(() => area)
  class AreaMatterFactsResolver {
    @Directive('@inaccessible')
    @FieldResolver(() => [MatterServiceCountScalar.hidden], { description: DESCRIPTION })
    propertyMatterServiceCounts(@Root() stub: { id: string }, @Ctx() ctx: PropertyContext): Promise<MatterServiceCount[]> {
      return ctx.loaders.matterFactsOfArea[column].load(stub.id);
    }
  }
  return AreaMatterFactsResolver;
}

export const CommunityMatterFactsResolver = areaMatterFactsResolver(CommunityStub, 'community_id');
export const StreetMatterFactsResolver = areaMatterFactsResolver(StreetStub, 'street_id');
export const DistrictMatterFactsResolver = areaMatterFactsResolver(DistrictStub, 'district_id');
