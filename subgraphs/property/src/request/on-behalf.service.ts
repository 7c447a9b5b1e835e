import { randomUUID } from 'node:crypto';
import type { CertifiedHead } from '../../../platform/access/head-certificate.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { activeOn } from '../contract/active-contract.filter.js';
import { nothingFound } from '../../../platform/errors/error-codes.js';
import { recordRequestStepEvents } from '../events/property-events.js';
import { ServiceRequest, trackingNumber } from './service-request.entity.js';
import { ServiceRequestStep } from './service-request-step.entity.js';
import { ServiceRequestOnBehalf } from './on-behalf.entity.js';
import { ServiceRequestAction, ServiceRequestStatus } from './request-enums.js';
import type { SubmitServiceRequestOnBehalfInput } from './on-behalf.input.js';

/**
 * Records a request a head entered for a resident (代办), after every check has passed: the request (addressed to the
 * company serving the neighborhood today, the head as `recordedBy`), its SUBMIT step with the head as actor, how it
 * was entered, and its event, in one flush. Nothing is written before the last check.
 */
export async function enterRequestOnBehalf(ctx: PropertyContext, head: CertifiedHead, input: SubmitServiceRequestOnBehalfInput, buildingId: string | null): Promise<ServiceRequest> {
  const neighborhoodId = input.neighborhoodId.toLowerCase();
  const [contract] = await ctx.em.find(ServiceContract, { $and: [{ neighborhoodId }, activeOn(ctx.loaders.day)] });
  if (!contract) throw nothingFound('No property company serves this neighborhood today: ask the community to handle the request.');
  const id = randomUUID();
  const submittedAt = ctx.clock.now();
  const residentPersonId = input.residentPersonId.toLowerCase();
  const request = ctx.em.create(ServiceRequest, {
    id,
    submittedAt,
    trackingNumber: trackingNumber(submittedAt, id),
    contractId: contract.id,
    companyId: contract.companyId,
    neighborhoodId,
    communityId: contract.communityId,
    streetId: contract.streetId,
    districtId: contract.districtId,
    residentPersonId,
    recordedByPersonId: head.personId,
    category: input.category,
    location: input.location.trim(),
    description: input.description.trim(),
  });
  ctx.em.create(ServiceRequestStep, {
    requestId: id,
    action: ServiceRequestAction.SUBMIT,
    toStatus: ServiceRequestStatus.SUBMITTED,
    actorRole: ctx.caller.role,
    actorPersonId: head.personId,
    actorOrganizationId: ctx.caller.organizationId,
    actorSubject: ctx.caller.subject,
    note: '三长代办',
    at: submittedAt,
  });
  ctx.em.create(ServiceRequestOnBehalf, { requestId: id, headPersonId: head.personId, residentPersonId, buildingId, certificateId: head.certificateId, enteredAt: submittedAt });
  recordRequestStepEvents(ctx.em, request, ServiceRequestAction.SUBMIT);
  await ctx.em.flush();
  return request;
}
