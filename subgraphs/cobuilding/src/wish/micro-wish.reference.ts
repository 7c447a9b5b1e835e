import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { loadVisibleWish } from './wish-lookup.js';

/** `__resolveReference` for MicroWish: the same scope check as `microWish(id)`. */
export const microWishReferences: ReferenceResolvers = {
  MicroWish: {
    __resolveReference: (reference: { id: string }, ctx: CobuildingContext) => loadVisibleWish(ctx, reference.id),
  },
};
