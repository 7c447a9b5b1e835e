import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { PropertyContext } from '../property.loaders.js';
import { loadVisibleContract } from './contract-lookup.js';

/** `__resolveReference` for ServiceContract: the same scope check as `serviceContract(id)`. */
export const serviceContractReferences: ReferenceResolvers = {
  ServiceContract: {
    __resolveReference: (reference: { id: string }, ctx: PropertyContext) => loadVisibleContract(ctx, reference.id),
  },
};
