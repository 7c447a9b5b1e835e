import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { District } from './district.entity.js';

export interface DistrictLoaders {
  district: DataLoader<string, District | null>;
}

export function createDistrictLoaders(em: EntityManager): DistrictLoaders {
  return { district: createEntityLoader(em, District) };
}
