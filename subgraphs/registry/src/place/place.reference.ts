import type DataLoader from 'dataloader';
import type { RegistryContext } from '../registry.loaders.js';
import { loadVisiblePlace } from './place-lookup.js';
import type { Placed } from './placed.js';

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

