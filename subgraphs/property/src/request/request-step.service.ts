import { OptimisticLockError } from '@mikro-orm/core';
import { conflict, forbidden } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import type { PropertyContext } from '../property.loaders.js';
import { recordRequestStepEvents } from '../events/property.events.js';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestStep } from './service-request-step.entity.js';
import { ServiceRequestAction, type ServiceRequestStatus } from './request-kinds.js';
import { decideStep, TRANSITIONS, type RequestActorSide, type StepAction } from './request-lifecycle.js';
import { canActAs } from './request.access.js';
import { loadVisibleRequest } from './request-lookup.js';

const WHO: Record<RequestActorSide, string> = {
  COMPANY: 'Only the property company serving this neighborhood may',
  RESIDENT_SIDE: 'Only the resident who made this request, or a community worker of its community, may',
  RESIDENT: 'Only the resident who made this request may',
  AREA: "Only a community worker of the request's community, or a street worker of its street, may",
};

export function refuseSide(side: RequestActorSide, action: ServiceRequestAction) {
  return forbidden(`${WHO[side]} ${action.toLowerCase()} this request.`);
}

/** A stale `expectedVersion` is refused before anything changes. */
export function assertVersion(request: ServiceRequest, expectedVersion: number | undefined): void {
  assertAtVersion(request, expectedVersion, { noun: 'request', versionExtension: 'currentVersion' });
}

export interface StepDetails {
  note?: string;
  satisfaction?: number;
  expectedVersion?: number;
  /** Changes beyond the state (e.g. the company a dispatch sends it to), after access, version and order are checked. */
  apply?: (request: ServiceRequest) => Promise<void> | void;
}

/** Writes the history row of a step (who, when by the server clock, why) in the unit of work of the change. */
export function writeStep(
  ctx: PropertyContext,
  request: ServiceRequest,
  step: { action: ServiceRequestAction; fromStatus: ServiceRequestStatus; note?: string; satisfaction?: number; assigneePostId?: string | null },
  at: Date,
): void {
  ctx.em.create(ServiceRequestStep, {
    requestId: request.id,
    action: step.action,
    fromStatus: step.fromStatus,
    toStatus: request.status,
    actorRole: ctx.caller.role,
    actorPersonId: ctx.caller.personId,
    actorOrganizationId: ctx.caller.organizationId,
    actorSubject: ctx.caller.subject,
    at,
    note: step.note?.trim() ?? null,
    satisfaction: step.satisfaction ?? null,
    assigneePostId: step.assigneePostId ?? null,
  });
  recordRequestStepEvents(ctx.em, request, step.action);
}

/** Flushes a step; a concurrent change of the same request is a CONFLICT. */
export async function flushStep(ctx: PropertyContext): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict('Someone changed this request at the same moment: reload it and try again.');
    throw error;
  }
}

/** Takes one lifecycle step: visibility, who may act, version, order, then the change and its history row together. */
export async function takeStep(ctx: PropertyContext, id: string, action: StepAction, details: StepDetails): Promise<ServiceRequest> {
  const request = await loadVisibleRequest(ctx, id);
  const side = TRANSITIONS[action].by;
  if (!canActAs(side, ctx.caller, await ctx.loaders.scope(), request)) throw refuseSide(side, action);
  assertVersion(request, details.expectedVersion);
  const decision = decideStep(request, action);
  if (!decision.allowed) throw conflict(decision.reason, { status: request.status });
  await details.apply?.(request);
  const fromStatus = request.status;
  const now = ctx.clock.now();
  request.status = decision.to;
  request.statusSince = now;
  if (action === ServiceRequestAction.EVALUATE) request.satisfaction = details.satisfaction!;
  if (action === ServiceRequestAction.REOPEN) {
    request.satisfaction = null;
    request.reopenCount += 1;
  }
  writeStep(ctx, request, { action, fromStatus, note: details.note, satisfaction: details.satisfaction }, now);
  await flushStep(ctx);
  return request;
}
