import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { PropertyContext } from '../property.loaders.js';
import { loadVisibleRequest } from './request-lookup.js';

/** `__resolveReference` for ServiceRequest: the same lookup and check as `serviceRequest(id)`. */
export const serviceRequestReferences: ReferenceResolvers = {
  ServiceRequest: {
    __resolveReference: (reference: { id: string }, ctx: PropertyContext) => loadVisibleRequest(ctx, reference.id),
  },
};
