import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PropertyAreaStatistics } from './statistics.type.js';
import type { GroupColumn } from './statistics.loader.js';

const DESCRIPTION = 'Property figures for this area over what you may read (物业统计): coverage, 红色物业 share, request and fee rates.';

/** One resolver class per area level (type-graphql keeps its metadata per class), all of the same shape. */
function areaPropertyResolver(area: ClassType<{ id: string }>, column: GroupColumn) {
  @Resolver(() => area)
  class AreaPropertyResolver {
    @FieldResolver(() => PropertyAreaStatistics, { description: DESCRIPTION })
    async propertyStatistics(@Root() stub: { id: string }, @Ctx() ctx: PropertyContext): Promise<PropertyAreaStatistics> {
      return new PropertyAreaStatistics(column, stub.id, await ctx.loaders.contractCounts[column].load(stub.id));
    }
  }
  return AreaPropertyResolver;
}

export const DistrictPropertyResolver = areaPropertyResolver(DistrictStub, 'district_id');
export const StreetPropertyResolver = areaPropertyResolver(StreetStub, 'street_id');
export const CommunityPropertyResolver = areaPropertyResolver(CommunityStub, 'community_id');
