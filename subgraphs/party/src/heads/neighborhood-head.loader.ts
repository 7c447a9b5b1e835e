import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { NeighborhoodHead } from './neighborhood-head.entity.js';
import { loadHeadStatistics, type HeadStatistics } from './neighborhood-head-statistics.js';
import type { AreaLevel } from '../statistics/party-statistics.js';

/** The 三长 loaders of one request: by id, by neighborhood, by person, and area figures. */
export interface HeadLoaders {
  head: DataLoader<string, NeighborhoodHead | null>;
  headsOfNeighborhood: DataLoader<string, NeighborhoodHead[]>;
  headsOfPerson: DataLoader<string, NeighborhoodHead[]>;
  statistics: Record<AreaLevel, DataLoader<string, HeadStatistics>>;
}

export function createHeadLoaders(em: EntityManager): HeadLoaders {
  return {
    head: createEntityLoader(em, NeighborhoodHead),
    headsOfNeighborhood: createChildrenLoader(em, NeighborhoodHead, 'neighborhoodId', { termStart: 'desc' }),
    headsOfPerson: createChildrenLoader(em, NeighborhoodHead, 'personId', { termStart: 'desc' }),
    statistics: {
      district: new DataLoader((ids) => loadHeadStatistics(em, 'district', ids)),
      street: new DataLoader((ids) => loadHeadStatistics(em, 'street', ids)),
      community: new DataLoader((ids) => loadHeadStatistics(em, 'community', ids)),
    },
  };
}
