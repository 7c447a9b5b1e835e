import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';
import { canReadRequest } from './request.access.js';

/** `__resolveReference` for ServiceRequest: the same check as `serviceRequest(id)`. */
export const serviceRequestReferences: ReferenceResolvers = {
  ServiceRequest: {
    __resolveReference: async (reference: { id: string }, ctx: PropertyContext) => {
      const request = await ctx.loaders.request.load(requireId(reference.id));
      if (!request || !canReadRequest(await ctx.loaders.scope(), request)) throw notFound('ServiceRequest', reference.id);
      return request;
    },
  },
};
