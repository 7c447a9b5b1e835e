import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../../platform/batching/plain-rows.js';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { Neighborhood } from './neighborhood.entity.js';

export interface NeighborhoodLoaders {
  neighborhood: DataLoader<string, Neighborhood | null>;
  /** The neighborhoods of each community the caller may read, by name, as plain rows (read-only: no identity map). */
  neighborhoodsOfCommunity: DataLoader<string, Neighborhood[]>;
}

export function createNeighborhoodLoaders(em: EntityManager, { visible }: PlaceScopeLoaders): NeighborhoodLoaders {
  return {
    neighborhood: createEntityLoader(em, Neighborhood),
    neighborhoodsOfCommunity: createChildrenLoader(em, Neighborhood, 'communityId', { name: 'asc' }, () => visible(PATH_COLUMNS.neighborhood, false), plainPrototype(Neighborhood, ['path'])),
  };
}
