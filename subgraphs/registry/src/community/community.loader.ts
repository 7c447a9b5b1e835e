import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../../platform/batching/plain-rows.js';
import type { PlaceScopeLoaders } from '../access/place-scope.loader.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { Community } from './community.entity.js';

export interface CommunityLoaders {
  community: DataLoader<string, Community | null>;
  /** The communities of each street the caller may read, by name, as plain rows (read-only: no identity map). */
  communitiesOfStreet: DataLoader<string, Community[]>;
}

export function createCommunityLoaders(em: EntityManager, { visible }: PlaceScopeLoaders): CommunityLoaders {
  return {
    community: createEntityLoader(em, Community),
    communitiesOfStreet: createChildrenLoader(em, Community, 'streetId', { name: 'asc' }, () => visible(PATH_COLUMNS.community, true), plainPrototype(Community, ['path'])),
  };
}
