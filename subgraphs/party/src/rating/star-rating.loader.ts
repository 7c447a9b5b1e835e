import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader } from '../../../platform/batching/entity-loader.js';
import { PartyStarRating } from './star-rating.entity.js';

/** Star ratings of one request, by organisation, latest year first. */
export interface StarRatingLoaders {
  ratingsOfOrganization: DataLoader<string, PartyStarRating[]>;
}

export function createStarRatingLoaders(em: EntityManager): StarRatingLoaders {
  return { ratingsOfOrganization: createChildrenLoader(em, PartyStarRating, 'organizationId', { year: 'desc' }) };
}
