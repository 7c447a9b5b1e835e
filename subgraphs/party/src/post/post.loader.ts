import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader } from '../../../platform/batching/entity-loader.js';
import { PartyPost } from './post.entity.js';

/** Posts of one request, newest term first: by organisation and by person. */
export interface PostLoaders {
  postsOfOrganization: DataLoader<string, PartyPost[]>;
  postsOfPerson: DataLoader<string, PartyPost[]>;
}

export function createPostLoaders(em: EntityManager): PostLoaders {
  return {
    postsOfOrganization: createChildrenLoader(em, PartyPost, 'organizationId', { termStart: 'desc' }),
    postsOfPerson: createChildrenLoader(em, PartyPost, 'personId', { termStart: 'desc' }),
  };
}
