import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader } from '../../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../../platform/batching/plain-rows.js';
import { PartyPost } from './post.entity.js';

/** Posts of one request, newest term first: by organisation and by person. */
export interface PostLoaders {
  postsOfOrganization: DataLoader<string, PartyPost[]>;
  postsOfPerson: DataLoader<string, PartyPost[]>;
}

export function createPostLoaders(em: EntityManager): PostLoaders {
  return {
    postsOfOrganization: createChildrenLoader(em, PartyPost, 'organizationId', { termStart: 'desc' }),
    // Plain rows: a person's posts are only read (Person.partyPosts and Person.posts, through post-lookup.ts).
    postsOfPerson: createChildrenLoader(em, PartyPost, 'personId', { termStart: 'desc' }, undefined, plainPrototype(PartyPost)),
  };
}
