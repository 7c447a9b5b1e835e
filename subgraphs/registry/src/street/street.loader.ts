import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../../platform/batching/plain-rows.js';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { Street } from './street.entity.js';

export interface StreetLoaders {
  street: DataLoader<string, Street | null>;
  /** The streets of each district the caller may read, by name, as plain rows (read-only: no identity map). */
  streetsOfDistrict: DataLoader<string, Street[]>;
}

export function createStreetLoaders(em: EntityManager, { visible }: PlaceScopeLoaders): StreetLoaders {
  return {
    street: createEntityLoader(em, Street),
    streetsOfDistrict: createChildrenLoader(em, Street, 'districtId', { name: 'asc' }, () => visible(PATH_COLUMNS.street, true), plainPrototype(Street, ['path'])),
  };
}
