import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';

/** `__resolveReference` for PropertyCompany: public market record, so any existing company resolves. */
export const propertyCompanyReferences: ReferenceResolvers = {
  PropertyCompany: {
    __resolveReference: async (reference: { id: string }, ctx: PropertyContext) => {
      const company = await ctx.loaders.company.load(requireId(reference.id));
      if (!company) throw notFound('PropertyCompany', reference.id);
      return company;
    },
  },
};
