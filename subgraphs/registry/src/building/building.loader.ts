import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { Building } from './building.entity.js';

export interface BuildingLoaders {
  building: DataLoader<string, Building | null>;
  /** The buildings of each neighborhood the caller may read, by number. */
  buildingsOfNeighborhood: DataLoader<string, Building[]>;
}

export function createBuildingLoaders(em: EntityManager, { visible }: PlaceScopeLoaders): BuildingLoaders {
  return {
    building: createEntityLoader(em, Building),
    buildingsOfNeighborhood: createChildrenLoader(em, Building, 'neighborhoodId', { number: 'asc' }, () => visible(PATH_COLUMNS.building, false)),
  };
}
