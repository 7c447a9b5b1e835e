import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { activeOn } from '../contract/active-contract.filter.js';
import { isPostActiveOn } from '../governance/governance.rules.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import type { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestAction } from './request-kinds.js';
import { ASSIGNABLE } from './request-lifecycle.js';
import { canActAs, mayDispatchTo } from './request.access.js';
import { loadVisibleRequest } from './request-lookup.js';
import { assertVersion, flushStep, refuseSide, takeStep, writeStep } from './request-step.service.js';
import type { AssignServiceRequestInput, DispatchServiceRequestInput } from './request-handling.input.js';

/**
 * 派单: a community or street worker sends a request its company handed over to the company serving a neighborhood
 * of their area today (the same neighborhood, whose company may have changed, or the right one); it starts again as
 * SUBMITTED there. A neighborhood no company serves today, or outside the worker's area, is refused alike.
 */
export function dispatchRequest(ctx: PropertyContext, input: DispatchServiceRequestInput): Promise<ServiceRequest> {
  return takeStep(ctx, input.id, ServiceRequestAction.DISPATCH, {
    note: input.reason,
    expectedVersion: input.expectedVersion,
    apply: async (request) => {
      const [contract] = await ctx.em.find(ServiceContract, { $and: [{ neighborhoodId: requireId(input.neighborhoodId) }, activeOn(ctx.loaders.day)] });
      if (!contract || !mayDispatchTo(ctx.caller, contract)) {
        throw badUserInput('No neighborhood of your area served by a property company today has this id: choose one your area holds a contract for.', { field: 'neighborhoodId' });
      }
      ctx.em.assign(request, {
        contractId: contract.id,
        companyId: contract.companyId,
        neighborhoodId: contract.neighborhoodId,
        communityId: contract.communityId,
        streetId: contract.streetId,
        districtId: contract.districtId,
        assigneePostId: null,
      });
    },
  });
}

/**
 * 派工: the serving company names the member of its project staff who handles the request: a post on the request's
 * contract held today. The state and its time limit do not change; the step is kept in the history.
 */
export async function assignRequest(ctx: PropertyContext, input: AssignServiceRequestInput): Promise<ServiceRequest> {
  const request = await loadVisibleRequest(ctx, input.id);
  if (!canActAs('COMPANY', ctx.caller, await ctx.loaders.scope(), request)) throw refuseSide('COMPANY', ServiceRequestAction.ASSIGN);
  assertVersion(request, input.expectedVersion);
  if (!ASSIGNABLE.includes(request.status)) {
    throw conflict(`A ${request.status} request is not open for assignment: only ${ASSIGNABLE.join(', ')} ones are.`, { status: request.status });
  }
  const post = await ctx.em.findOne(PropertyPost, { id: requireId(input.postId) });
  if (!post || post.contractId !== request.contractId) {
    throw badUserInput("No post on this request's contract has this id: assign it to your project staff for the neighborhood.", { field: 'postId' });
  }
  if (!isPostActiveOn(post, ctx.loaders.day)) throw badUserInput('This post is not held today: assign the request to someone serving on the project now.', { field: 'postId' });
  const fromStatus = request.status;
  request.assigneePostId = post.id;
  writeStep(ctx, request, { action: ServiceRequestAction.ASSIGN, fromStatus, note: input.note, assigneePostId: post.id }, ctx.clock.now());
  await flushStep(ctx);
  return request;
}
