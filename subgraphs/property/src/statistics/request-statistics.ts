import type { PropertyContext } from '../property.loaders.js';
import type { GroupColumn } from './statistics.loader.js';
import { PropertyRequestStatistics } from './statistics.type.js';
import { periodInstants, type PropertyStatisticsPeriod } from './statistics-period.input.js';

export const PERIOD_ARG = {
  nullable: true,
  description: 'Count only the events inside this period (统计期间): requests submitted, completed and evaluated in it. Omitted: everything as of now.',
} as const;

/** Request figures of a group, as of now or, with a period, of the events inside it. */
export async function requestStatistics(ctx: PropertyContext, column: GroupColumn, id: string, period?: PropertyStatisticsPeriod | null): Promise<PropertyRequestStatistics> {
  if (!period) return new PropertyRequestStatistics(await ctx.loaders.requestCounts[column].load(id));
  const { from, before } = periodInstants(period);
  return new PropertyRequestStatistics(await ctx.loaders.periodRequestCounts[column].load(`${id}|${from}|${before}`));
}
