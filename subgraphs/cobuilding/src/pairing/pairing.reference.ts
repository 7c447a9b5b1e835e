import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { loadVisiblePairing } from './pairing-lookup.js';

/** `__resolveReference` for Pairing: the same scope check as `pairing(id)`. */
export const pairingReferences: ReferenceResolvers = {
  Pairing: {
    __resolveReference: (reference: { id: string }, ctx: CobuildingContext) => loadVisiblePairing(ctx, reference.id),
  },
};
