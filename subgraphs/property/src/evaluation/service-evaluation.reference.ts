import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { isInScope } from '../access/property-scope.js';
import type { PropertyContext } from '../property.loaders.js';

/** `__resolveReference` for ServiceEvaluation: readable where its contract is. */
export const serviceEvaluationReferences: ReferenceResolvers = {
  ServiceEvaluation: {
    __resolveReference: async (reference: { id: string }, ctx: PropertyContext) => {
      const evaluation = await ctx.loaders.evaluation.load(requireId(reference.id));
      if (!evaluation || !isInScope(await ctx.loaders.scope(), evaluation, evaluation.companyId)) throw notFound('ServiceEvaluation', reference.id);
      return evaluation;
    },
  },
};
