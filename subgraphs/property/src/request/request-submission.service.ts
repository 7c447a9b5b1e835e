import { randomUUID } from 'node:crypto';
import type { PropertyContext } from '../property.loaders.js';
import type { ServiceContract } from '../contract/service-contract.entity.js';
import { recordRequestStepEvents } from '../events/property.events.js';
import { ServiceRequest, trackingNumber } from './service-request.entity.js';
import { ServiceRequestStep } from './service-request-step.entity.js';
import { ServiceRequestAction, ServiceRequestStatus } from './request-kinds.js';
import type { RequestContentInput } from './service-request.input.js';

/** Who a new request is for and who entered it: the resident themself, a community worker or a head (代办). */
export interface RequestSubmitter {
  residentPersonId: string;
  /** The person who entered it for the resident, or null when the resident did. */
  recordedByPersonId: string | null;
  /** A remark on the SUBMIT step, e.g. 三长代办. */
  note?: string;
}

/**
 * Records a new request addressed to the company of `contract`, after every check has passed: the request, its
 * SUBMIT step (server time) and its event. It does not flush, so a caller can add its own records to the same
 * transaction (the head's 代办 record) and nothing is written unless all of it is.
 */
export function recordSubmission(ctx: PropertyContext, contract: ServiceContract, content: RequestContentInput, submitter: RequestSubmitter): ServiceRequest {
  const id = randomUUID();
  const submittedAt = ctx.clock.now();
  const request = ctx.em.create(ServiceRequest, {
    id,
    submittedAt,
    trackingNumber: trackingNumber(submittedAt, id),
    contractId: contract.id,
    companyId: contract.companyId,
    neighborhoodId: contract.neighborhoodId,
    communityId: contract.communityId,
    streetId: contract.streetId,
    districtId: contract.districtId,
    residentPersonId: submitter.residentPersonId,
    recordedByPersonId: submitter.recordedByPersonId,
    category: content.category,
    location: content.location.trim(),
    description: content.description.trim(),
  });
  ctx.em.create(ServiceRequestStep, {
    requestId: id,
    action: ServiceRequestAction.SUBMIT,
    toStatus: ServiceRequestStatus.SUBMITTED,
    actorRole: ctx.caller.role,
    actorPersonId: submitter.recordedByPersonId ?? ctx.caller.personId,
    actorOrganizationId: ctx.caller.organizationId,
    actorSubject: ctx.caller.subject,
    note: submitter.note ?? null,
    at: submittedAt,
  });
  recordRequestStepEvents(ctx.em, request, ServiceRequestAction.SUBMIT);
  return request;
}
