import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { PropertyAreaStatistics, PropertyFeeStatistics, PropertyRequestStatistics } from './statistics.type.js';
import { PropertyStatisticsPeriod } from './statistics-period.input.js';
import { PERIOD_ARG, requestStatistics } from './request-statistics.js';

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
