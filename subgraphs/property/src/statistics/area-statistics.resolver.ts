import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { CommunityStub, DistrictStub, StreetStub } from '../stubs/registry.stub.js';
import { PropertyAreaStatistics, PropertyFeeStatistics, PropertyRequestStatistics } from './statistics.types.js';
import type { GroupColumn } from './statistics.loader.js';
import { PropertyStatisticsPeriod } from './statistics-period.input.js';
import { PERIOD_ARG, requestStatistics } from './request-statistics.js';

async function areaStatistics(ctx: PropertyContext, column: GroupColumn, id: string): Promise<PropertyAreaStatistics> {
  return new PropertyAreaStatistics(column, id, await ctx.loaders.contractCounts[column].load(id));
}

const DESCRIPTION = 'Property figures for this area over what you may read (物业统计): coverage, 红色物业 share, request and fee rates.';

@Resolver(() => DistrictStub)
export class DistrictPropertyResolver {
  @FieldResolver(() => PropertyAreaStatistics, { description: DESCRIPTION })
  propertyStatistics(@Root() district: DistrictStub, @Ctx() ctx: PropertyContext) {
    return areaStatistics(ctx, 'district_id', district.id);
  }
}

@Resolver(() => StreetStub)
export class StreetPropertyResolver {
  @FieldResolver(() => PropertyAreaStatistics, { description: DESCRIPTION })
  propertyStatistics(@Root() street: StreetStub, @Ctx() ctx: PropertyContext) {
    return areaStatistics(ctx, 'street_id', street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityPropertyResolver {
  @FieldResolver(() => PropertyAreaStatistics, { description: DESCRIPTION })
  propertyStatistics(@Root() community: CommunityStub, @Ctx() ctx: PropertyContext) {
    return areaStatistics(ctx, 'community_id', community.id);
  }
}

@Resolver(() => PropertyAreaStatistics)
export class PropertyAreaStatisticsResolver {
  @FieldResolver(() => PropertyRequestStatistics, { description: 'Resident requests in the area (诉求统计).' })
  requests(
    @Root() statistics: PropertyAreaStatistics,
    @Arg('period', () => PropertyStatisticsPeriod, PERIOD_ARG) period: PropertyStatisticsPeriod | undefined,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyRequestStatistics> {
    return requestStatistics(ctx, statistics.column, statistics.areaId, period);
  }

  @FieldResolver(() => PropertyFeeStatistics, { description: 'Fees billed and collected in the area in a year (物业费收缴率).' })
  async feeCollection(
    @Root() statistics: PropertyAreaStatistics,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: PropertyContext,
  ): Promise<PropertyFeeStatistics> {
    return new PropertyFeeStatistics(year, await ctx.loaders.feeSums[statistics.column].load(`${statistics.areaId}|${year}`));
  }
}
