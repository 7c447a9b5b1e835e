import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAreaStatistics, type AreaLevel, type PartyAreaStatistics } from './party-statistics.js';
import { loadEventCounts, type PartyEventCounts } from './party-event-counts.js';
import type { CountingPeriod } from './party-period.input.js';

/** Area figures of one request: the party's statistics and event counts, per level. */
export interface PartyStatisticsLoaders {
  statistics: Record<AreaLevel, DataLoader<string, PartyAreaStatistics>>;
  /** Event counts of areas of one level over one period: one loader (one statement) per level and period per request. */
  eventCountsFor(level: AreaLevel, period: CountingPeriod): DataLoader<string, PartyEventCounts>;
}

export function createPartyStatisticsLoaders(em: EntityManager): PartyStatisticsLoaders {
  const eventCountLoaders = new Map<string, DataLoader<string, PartyEventCounts>>();
  return {
    statistics: {
      district: new DataLoader((ids) => loadAreaStatistics(em, 'district', ids)),
      street: new DataLoader((ids) => loadAreaStatistics(em, 'street', ids)),
      community: new DataLoader((ids) => loadAreaStatistics(em, 'community', ids)),
    },
    eventCountsFor: (level, period) => {
      const key = `${level}:${period.key}`;
      if (!eventCountLoaders.has(key)) eventCountLoaders.set(key, new DataLoader((ids: readonly string[]) => loadEventCounts(em, level, ids, period)));
      return eventCountLoaders.get(key)!;
    },
  };
}
