import type { CertifiedHead } from '../../../platform/access/head-certificate.js';
import type { PropertyContext } from '../property.loaders.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { activeOn } from '../contract/active-contract.filter.js';
import { nothingFound } from '../../../platform/errors/error-codes.js';
import type { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestOnBehalf } from './on-behalf.entity.js';
import type { SubmitServiceRequestOnBehalfInput } from './on-behalf.input.js';
import { recordSubmission } from './request-submission.service.js';

/**
 * Records a request a head entered for a resident (代办), after every check has passed: the request (addressed to the
 * company serving the neighborhood today, the head as `recordedBy`), its SUBMIT step with the head as actor, how it
 * was entered, and its event, in one flush. Nothing is written before the last check.
 */
export async function enterRequestOnBehalf(ctx: PropertyContext, head: CertifiedHead, input: SubmitServiceRequestOnBehalfInput, buildingId: string | null): Promise<ServiceRequest> {
  const neighborhoodId = input.neighborhoodId.toLowerCase();
  const [contract] = await ctx.em.find(ServiceContract, { $and: [{ neighborhoodId }, activeOn(ctx.loaders.day)] });
  if (!contract) throw nothingFound('No property company serves this neighborhood today: ask the community to handle the request.');
  const residentPersonId = input.residentPersonId.toLowerCase();
  const request = recordSubmission(ctx, contract, input, { residentPersonId, recordedByPersonId: head.personId, note: '三长代办' });
  ctx.em.create(ServiceRequestOnBehalf, { requestId: request.id, headPersonId: head.personId, residentPersonId, buildingId, certificateId: head.certificateId, enteredAt: request.submittedAt });
  await ctx.em.flush();
  return request;
}
