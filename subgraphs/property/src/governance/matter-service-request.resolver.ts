import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import type { PropertyContext } from '../property.loaders.js';
import { requireActingCompany } from '../access/area-management.js';
import { ServiceRequest, trackingNumber } from '../request/service-request.entity.js';
import { ServiceRequestStep } from '../request/service-request-step.entity.js';
import { ServiceRequestAction, ServiceRequestStatus } from '../request/request-kinds.js';
import { servingContract } from '../request/serving-contract.js';
import { GovernanceMatterStub } from '../stubs/party.stub.js';
import { recordRequestStepEvents } from '../events/property.events.js';
import { OpenMatterServiceRequestInput } from './matter-service-request.input.js';

/** Requests that serve a governance matter (三议一服务: 服务): opening them, and the link back to the matter. */
@Resolver(() => ServiceRequest)
export class MatterServiceRequestResolver {
  @FieldResolver(() => GovernanceMatterStub, { nullable: true, description: 'The governance matter it serves (所服务的议事事项); null for an ordinary request.' })
  governanceMatter(@Root() request: ServiceRequest): GovernanceMatterStub | null {
    return request.governanceMatterId ? { id: request.governanceMatterId } : null;
  }

  @Mutation(() => ServiceRequest, {
    description:
      'Opens a service request for a governance matter the joint meeting agreed (and, where needed, the owners adopted): 服务. The PROPERTY_COMPANY serving the neighborhood today, with the matter\'s SERVE certificate. It starts SUBMITTED and follows the usual lifecycle; the named resident evaluates it.',
  })
  async openMatterServiceRequest(
    @Arg('input', () => OpenMatterServiceRequestInput, { description: 'The matter, where, for whom and what.' }) input: OpenMatterServiceRequestInput,
    @Ctx() ctx: PropertyContext,
  ): Promise<ServiceRequest> {
    const companyId = requireActingCompany(ctx.caller, 'open service requests for governance matters');
    const matter = ctx.readMatterCertificate(input.matterCertificate, MatterStep.SERVE);
    const neighborhoodId = input.neighborhoodId.toLowerCase();
    if (matter.neighborhoodId !== neighborhoodId) {
      throw badUserInput("The matter's certificate is for another neighborhood: a matter is served only in its own neighborhood; pass that neighborhoodId, or the certificate of this neighborhood's matter.", {
        field: 'neighborhoodId',
      });
    }
    const contract = await servingContract(ctx, neighborhoodId);
    if (contract.companyId !== companyId) throw forbidden("Only the property company serving the matter's neighborhood today may open service requests for it.");
    const id = randomUUID();
    const submittedAt = new Date();
    const request = ctx.em.create(ServiceRequest, {
      id,
      submittedAt,
      trackingNumber: trackingNumber(submittedAt, id),
      contractId: contract.id,
      companyId,
      neighborhoodId,
      communityId: contract.communityId,
      streetId: contract.streetId,
      districtId: contract.districtId,
      residentPersonId: input.residentPersonId.toLowerCase(),
      governanceMatterId: matter.matterId,
      category: input.category,
      location: input.location.trim(),
      description: input.description.trim(),
    });
    ctx.em.create(ServiceRequestStep, {
      requestId: id,
      action: ServiceRequestAction.SUBMIT,
      toStatus: ServiceRequestStatus.SUBMITTED,
      actorRole: ctx.caller.role,
      actorPersonId: ctx.caller.personId,
      actorOrganizationId: ctx.caller.organizationId,
      actorSubject: ctx.caller.subject,
      note: '议事事项服务',
      at: submittedAt,
    });
    recordRequestStepEvents(ctx.em, request, ServiceRequestAction.SUBMIT);
    await ctx.em.flush();
    return request;
  }
}
