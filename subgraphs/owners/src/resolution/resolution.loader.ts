import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere, type OwnersScope } from '../access/owners-scope.js';
import { Resolution } from './resolution.entity.js';
import { ResolutionPublication } from './resolution-publication.entity.js';

/** The resolutions among `rows` that have been published (one statement). */
export async function keepPublished(em: EntityManager, rows: Resolution[]): Promise<Resolution[]> {
  if (rows.length === 0) return rows;
  const publications = await em.find(ResolutionPublication, { resolutionId: { $in: rows.map((row) => row.id) } });
  const published = new Set(publications.map((publication) => publication.resolutionId));
  return rows.filter((row) => published.has(row.id));
}

/** The resolutions of each neighborhood the caller may read, newest first: two statements per batch at most. */
export function createResolutionsOfNeighborhoodLoader(em: EntityManager, scope: () => Promise<OwnersScope>): DataLoader<string, Resolution[]> {
  return new DataLoader(async (neighborhoodIds) => {
    const readable = await scope();
    const rows = await em.find(
      Resolution,
      { $and: [{ neighborhoodId: { $in: [...neighborhoodIds] } }, scopeWhere(readable)] } as FilterQuery<Resolution>,
      { orderBy: { decidedAt: 'desc' } },
    );
    const visible = readable.publishedOnly ? await keepPublished(em, rows) : rows;
    return neighborhoodIds.map((id) => visible.filter((row) => row.neighborhoodId === id));
  });
}
