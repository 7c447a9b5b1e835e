import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, forbidden, nothingFound } from '../../../platform/errors/error-codes.js';
import type { PropertyContext } from '../property.loaders.js';
import { isInScope } from '../access/property-scope.js';
import { NeighborhoodStub, PersonStub } from '../stubs/registry.stub.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { activeOn } from '../contract/active-contract.filter.js';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestStep } from './service-request-step.entity.js';
import { ServiceRequestAction, ServiceRequestStatus } from './request-kinds.js';
import { correctingCommunities, mayRecordRequestIn, requestSubmitter } from './request.access.js';
import { recordSubmission } from './request-submission.service.js';
import { SubmitServiceRequestInput } from './service-request.input.js';
import { loadVisibleRequest } from './request-lookup.js';
import { takeStep } from './request-step.service.js';
import { EvaluateServiceRequestInput, ReassignServiceRequestInput, ReopenServiceRequestInput, ServiceRequestStepInput } from './request-step.input.js';
import { recordRequestStepEvents } from '../events/property.events.js';
import { servingContract } from './serving-contract.js';

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Query(() => ServiceRequest, { description: 'A resident request by id (居民诉求).' })
  serviceRequest(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PropertyContext): Promise<ServiceRequest> {
    return loadVisibleRequest(ctx, id);
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood it concerns.' })
  neighborhood(@Root() request: ServiceRequest): NeighborhoodStub {
    return { id: request.neighborhoodId };
  }

  @FieldResolver(() => PropertyCompany, { description: 'The company it is addressed to.' })
  async company(@Root() request: ServiceRequest, @Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    return (await ctx.loaders.company.load(request.companyId))!;
  }

  @FieldResolver(() => ServiceContract, { nullable: true, description: 'The contract it falls under, if you may read it.' })
  async contract(@Root() request: ServiceRequest, @Ctx() ctx: PropertyContext): Promise<ServiceContract | null> {
    const contract = await ctx.loaders.contract.load(request.contractId);
    return contract && isInScope(await ctx.loaders.scope(), contract.path(), contract.companyId) ? contract : null;
  }

  @FieldResolver(() => PersonStub, { description: 'The resident it is for.' })
  resident(@Root() request: ServiceRequest): PersonStub {
    return { id: request.residentPersonId };
  }

  @FieldResolver(() => PersonStub, { nullable: true, description: 'The community worker who recorded it for the resident, if any (代办人).' })
  recordedBy(@Root() request: ServiceRequest): PersonStub | null {
    return request.recordedByPersonId ? { id: request.recordedByPersonId } : null;
  }

  @FieldResolver(() => [ServiceRequestStep], { description: 'Its history, oldest first (办理记录).' })
  steps(@Root() request: ServiceRequest, @Ctx() ctx: PropertyContext): Promise<ServiceRequestStep[]> {
    return ctx.loaders.stepsOfRequest.load(request.id);
  }

  @Mutation(() => ServiceRequest, {
    description: 'Submits a request to the company serving the neighborhood today. A RESIDENT for themself, or a COMMUNITY worker of that community on a resident\'s behalf.',
  })
  async submitServiceRequest(
    @Arg('input', () => SubmitServiceRequestInput, { description: 'What to record.' }) input: SubmitServiceRequestInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceRequest> {
    const submitter = requestSubmitter(ctx.caller, input.residentPersonId);
    // A neighborhood outside the worker's community and one no company serves (or that does not exist) get the same
    // answer, so the mutation tells nobody which neighborhoods exist or are served elsewhere.
    const [contract] = await ctx.em.find(ServiceContract, { $and: [{ neighborhoodId: input.neighborhoodId.toLowerCase() }, activeOn(ctx.loaders.day)] });
    if (!contract || !mayRecordRequestIn(ctx.caller, contract)) throw unservedNeighborhood();
    const request = recordSubmission(ctx, contract, input, submitter);
    await ctx.em.flush();
    return request;
  }

  @Mutation(() => ServiceRequest, {
    description: "Corrects the neighborhood a resident stated (更正小区) while the request is still SUBMITTED: it moves to the company serving the right neighborhood. A COMMUNITY worker of both neighborhoods' community.",
  })
  async reassignServiceRequest(
    @Arg('input', () => ReassignServiceRequestInput, { description: 'Which request, where to, and why.' }) input: ReassignServiceRequestInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceRequest> {
    const request = await loadVisibleRequest(ctx, input.id);
    const communityIds = correctingCommunities(ctx.caller);
    if (!communityIds.includes(request.communityId)) throw forbidden('Only a community worker of the request\'s community may correct its neighborhood.');
    if (request.status !== ServiceRequestStatus.SUBMITTED) {
      throw conflict(`A ${request.status} request keeps its neighborhood: only a SUBMITTED one can be moved.`, { status: request.status });
    }
    const contract = await servingContract(ctx, input.neighborhoodId.toLowerCase());
    if (!communityIds.includes(contract.communityId)) throw forbidden('You may move requests only to neighborhoods of your own community.');
    ctx.em.assign(request, {
      contractId: contract.id,
      companyId: contract.companyId,
      neighborhoodId: contract.neighborhoodId,
      communityId: contract.communityId,
      streetId: contract.streetId,
      districtId: contract.districtId,
    });
    ctx.em.create(ServiceRequestStep, {
      requestId: request.id,
      action: ServiceRequestAction.REASSIGN,
      fromStatus: request.status,
      toStatus: request.status,
      actorRole: ctx.caller.role,
      actorPersonId: ctx.caller.personId,
      actorOrganizationId: ctx.caller.organizationId,
      actorSubject: ctx.caller.subject,
      note: input.reason.trim(),
    });
    recordRequestStepEvents(ctx.em, request, ServiceRequestAction.REASSIGN);
    await ctx.em.flush();
    return request;
  }

  @Mutation(() => ServiceRequest, { description: 'Accepts a submitted or reopened request (受理). The serving company.' })
  acceptServiceRequest(@Arg('input', () => ServiceRequestStepInput, { description: 'Which request.' }) input: ServiceRequestStepInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.ACCEPT, { note: input.note, expectedVersion: input.expectedVersion });
  }

  @Mutation(() => ServiceRequest, { description: 'Starts work on an accepted request (办理). The serving company.' })
  startServiceRequest(@Arg('input', () => ServiceRequestStepInput, { description: 'Which request.' }) input: ServiceRequestStepInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.START, { note: input.note, expectedVersion: input.expectedVersion });
  }

  @Mutation(() => ServiceRequest, { description: 'Reports a request resolved, with a reply (办结反馈). The serving company.' })
  resolveServiceRequest(@Arg('input', () => ServiceRequestStepInput, { description: 'Which request, and the reply.' }) input: ServiceRequestStepInput, @Ctx() ctx: PropertyContext) {
    if (!input.note) throw badUserInput('note is required when resolving: tell the resident what was done.', { field: 'note' });
    return takeStep(ctx, input.id, ServiceRequestAction.RESOLVE, { note: input.note, expectedVersion: input.expectedVersion });
  }

  @Mutation(() => ServiceRequest, { description: 'Evaluates a resolved request, satisfaction 1–5 (评价). The resident, or a community worker for them.' })
  evaluateServiceRequest(@Arg('input', () => EvaluateServiceRequestInput, { description: 'Which request, and the score.' }) input: EvaluateServiceRequestInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.EVALUATE, { note: input.comment, satisfaction: input.satisfaction, expectedVersion: input.expectedVersion });
  }

  @Mutation(() => ServiceRequest, {
    description: 'Reopens a request: a resolved one, or an evaluated one scored 2 or less (不满意重办). The resident, or a community worker for them.',
  })
  reopenServiceRequest(@Arg('input', () => ReopenServiceRequestInput, { description: 'Which request, and why.' }) input: ReopenServiceRequestInput, @Ctx() ctx: PropertyContext) {
    return takeStep(ctx, input.id, ServiceRequestAction.REOPEN, { note: input.reason, expectedVersion: input.expectedVersion });
  }
}

function unservedNeighborhood() {
  return nothingFound('No neighborhood served by a property company today is visible to you with this id: check the neighborhood, or ask the community to handle it.');
}
