import type DataLoader from 'dataloader';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { canSeePlace, type PlaceScope } from '../access/place-scope.js';
import type { RegistryContext } from '../registry.loaders.js';
import type { Placed } from './placed.js';

/**
 * Loads one place by id for a root field or an entity reference. A place outside the caller's scope is reported
 * exactly like a missing one, so its existence does not leak.
 */
export async function loadVisiblePlace<T extends Placed>(
  loader: DataLoader<string, T | null>,
  scope: () => Promise<PlaceScope>,
  typeName: string,
  id: string,
): Promise<T> {
  const place = await loader.load(requireId(id));
  if (!place || !canSeePlace(await scope(), place)) throw notFound(typeName, id);
  return place;
}

type PlaceLoaderName = 'district' | 'street' | 'community' | 'neighborhood' | 'building' | 'unit';

/**
 * `__resolveReference` for a place type: batched through the request's loader and checked against the caller's
 * scope exactly like the root field, so `_entities` reveals nothing the root field would not.
 */
export function placeReference(typeName: string, loaderName: PlaceLoaderName) {
  return {
    __resolveReference: (reference: { id: string }, ctx: RegistryContext) =>
      loadVisiblePlace(ctx.loaders[loaderName] as DataLoader<string, Placed | null>, ctx.loaders.scope, typeName, reference.id),
  };
}
