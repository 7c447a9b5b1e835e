import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { MatterServiceCountScalar, type MatterServiceCount } from '../../../platform/governance/matter-service-count.js';
import type { PropertyContext } from '../property.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';

// The service requests linked to each governance matter of an area, counted, for the party subgraph, which alone
// knows the matters' deliberations: it requires these and counts the matters 三议一服务 carried to completion
// (三方联动解决问题数). Hidden from clients; they read only the party subgraph's totals.
const DESCRIPTION = 'Service requests linked to each governance matter of the area, counted (服务进展), for the party subgraph.';

@Resolver(() => CommunityStub)
export class CommunityMatterFactsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [MatterServiceCountScalar.hidden], { description: DESCRIPTION })
  propertyMatterServiceCounts(@Root() community: CommunityStub, @Ctx() ctx: PropertyContext): Promise<MatterServiceCount[]> {
    return ctx.loaders.matterFactsOfArea.community_id.load(community.id);
  }
}

@Resolver(() => StreetStub)
export class StreetMatterFactsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [MatterServiceCountScalar.hidden], { description: DESCRIPTION })
  propertyMatterServiceCounts(@Root() street: StreetStub, @Ctx() ctx: PropertyContext): Promise<MatterServiceCount[]> {
    return ctx.loaders.matterFactsOfArea.street_id.load(street.id);
  }
}

@Resolver(() => DistrictStub)
export class DistrictMatterFactsResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [MatterServiceCountScalar.hidden], { description: DESCRIPTION })
  propertyMatterServiceCounts(@Root() district: DistrictStub, @Ctx() ctx: PropertyContext): Promise<MatterServiceCount[]> {
    return ctx.loaders.matterFactsOfArea.district_id.load(district.id);
  }
}
