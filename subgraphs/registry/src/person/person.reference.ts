import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { RegistryContext } from '../registry.loaders.js';

/** `__resolveReference` for Person: any existing person resolves; its fields mask themselves per caller. */
export const personReferences: ReferenceResolvers = {
  Person: {
    __resolveReference: async (reference: { id: string }, ctx: RegistryContext) => {
      const person = await ctx.loaders.person.load(requireId(reference.id));
      if (!person) throw notFound('Person', reference.id);
      return person;
    },
  },
};
