import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';
import { mayResolveNeighborhood } from './place.access.js';

/**
 * `__resolveReference` for Neighborhood: a property company resolves only neighborhoods where it holds an active
 * contract in this subgraph's database (NOT_FOUND otherwise, as in the registry), whatever its token's grant says.
 * Other callers resolve any id; the fields filter their rows by the caller's scope. The registry's other types this
 * subgraph extends resolve to their key (stubs/registry.stub.ts).
 */
export const placeReferences: ReferenceResolvers = {
  Neighborhood: {
    __resolveReference: async (reference: { id: string }, ctx: PropertyContext) => {
      const id = requireId(reference.id);
      if (!(await mayResolveNeighborhood(ctx.caller, ctx.loaders.scope, id))) throw notFound('Neighborhood', reference.id);
      return { id };
    },
  },
};
