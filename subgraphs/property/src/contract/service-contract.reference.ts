import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { isInScope } from '../access/property-scope.js';
import type { PropertyContext } from '../property.loaders.js';
import { canReadRequest } from '../request/request-access.js';
import { loadVisibleContract } from './contract-lookup.js';

/** `__resolveReference` for ServiceContract: the same scope check as `serviceContract(id)`. */
export const serviceContractReference = {
  __resolveReference: (reference: { id: string }, ctx: PropertyContext) => loadVisibleContract(ctx, reference.id),
};

/** `__resolveReference` for ServiceRequest: the same check as `serviceRequest(id)`. */
export const serviceRequestReference = {
  __resolveReference: async (reference: { id: string }, ctx: PropertyContext) => {
    const request = await ctx.loaders.request.load(requireId(reference.id));
    if (!request || !canReadRequest(await ctx.loaders.scope(), request)) throw notFound('ServiceRequest', reference.id);
    return request;
  },
};

/** `__resolveReference` for ServiceEvaluation: readable where its contract is. */
export const serviceEvaluationReference = {
  __resolveReference: async (reference: { id: string }, ctx: PropertyContext) => {
    const evaluation = await ctx.loaders.evaluation.load(requireId(reference.id));
    if (!evaluation || !isInScope(await ctx.loaders.scope(), evaluation, evaluation.companyId)) throw notFound('ServiceEvaluation', reference.id);
    return evaluation;
  },
};
