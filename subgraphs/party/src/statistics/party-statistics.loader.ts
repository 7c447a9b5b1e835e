import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAreaStatistics, type AreaLevel, type StatisticsPartName } from './party-statistics.js';
import type { PartyAreaStatistics } from './party-statistics.type.js';
import { loadEventCounts, type PartyEventCounts } from './party-event-counts.js';
import type { CountingPeriod } from './party-period.input.js';

/** Area figures of one request: the party's statistics and event counts, per level. */
export interface PartyStatisticsLoaders {
  /** Area figures of one level from the statements `parts`: one loader (one round of statements) per level and set of parts per request. */
  statisticsFor(level: AreaLevel, parts: readonly StatisticsPartName[]): DataLoader<string, PartyAreaStatistics>;
  /** Event counts of areas of one level over one period: one loader (one statement) per level and period per request. */
  eventCountsFor(level: AreaLevel, period: CountingPeriod): DataLoader<string, PartyEventCounts>;
}

export function createPartyStatisticsLoaders(em: EntityManager): PartyStatisticsLoaders {
  const eventCountLoaders = new Map<string, DataLoader<string, PartyEventCounts>>();
  const statisticsLoaders = new Map<string, DataLoader<string, PartyAreaStatistics>>();
  return {
    statisticsFor: (level, parts) => {
      const key = `${level}:${parts.join(',')}`;
      if (!statisticsLoaders.has(key)) statisticsLoaders.set(key, new DataLoader((ids: readonly string[]) => loadAreaStatistics(em, level, ids, parts)));
      return statisticsLoaders.get(key)!;
    },
    eventCountsFor: (level, period) => {
      const key = `${level}:${period.key}`;
      if (!eventCountLoaders.has(key)) eventCountLoaders.set(key, new DataLoader((ids: readonly string[]) => loadEventCounts(em, level, ids, period)));
      return eventCountLoaders.get(key)!;
    },
  };
}
