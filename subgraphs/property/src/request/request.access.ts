import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import type { FilterQuery } from '@mikro-orm/core';
import { isInScope, scopeWhere, type PropertyScope } from '../access/property-scope.js';
import type { RequestActorSide } from './request-lifecycle.js';
import type { ServiceRequest } from './service-request.entity.js';
import type { RequestSubmitter } from './request-submission.service.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';

/** Whether the caller may read a request: inside their scope, or (a resident) their own or one they entered as a head (代办). */
export function canReadRequest(scope: PropertyScope, request: ServiceRequest): boolean {
  return (
    isInScope(scope, request.path(), request.companyId) ||
    (scope.ownPersonId !== null && (scope.ownPersonId === request.residentPersonId || scope.ownPersonId === request.recordedByPersonId))
  );
}

/**
 * Whether the caller may take a step on a request it can read. The company side: the company the request is
 * addressed to, while it still serves the neighborhood (its scope holds only active-contract neighborhoods). The
 * resident side: the resident themself, or a community worker of the request's community on their behalf.
 */
export function canActAs(side: RequestActorSide, caller: Caller, scope: PropertyScope, request: ServiceRequest): boolean {
  if (side === 'COMPANY') {
    return caller.role === Role.PROPERTY_COMPANY && caller.organizationId === request.companyId && isInScope(scope, request.path(), request.companyId);
  }
  if (side === 'AREA') return mayDispatch(caller, request);
  if (caller.role === Role.RESIDENT) return caller.personId !== null && caller.personId === request.residentPersonId;
  if (side === 'RESIDENT') return false;
  if (caller.role === Role.COMMUNITY) return effectiveGrant(caller).communityIds.includes(request.communityId);
  return false;
}

/** Whether the caller may record a request for a neighborhood served under `contract`: a community worker only in their community. */
export function mayRecordRequestIn(caller: Caller, contract: { communityId: string }): boolean {
  return caller.role !== Role.COMMUNITY || effectiveGrant(caller).communityIds.includes(contract.communityId);
}

/** A community worker of the request's community, or a street worker of its street: they take over what a company hands back. */
export function mayDispatch(caller: Caller, request: { communityId: string; streetId: string }): boolean {
  if (caller.role === Role.COMMUNITY) return effectiveGrant(caller).communityIds.includes(request.communityId);
  if (caller.role === Role.STREET) return effectiveGrant(caller).streetIds.includes(request.streetId);
  return false;
}

/** Where a dispatching worker may send a request: a neighborhood of their own community (or street). */
export function mayDispatchTo(caller: Caller, contract: { communityId: string; streetId: string }): boolean {
  return mayDispatch(caller, contract);
}

/**
 * Who a request submitted by the caller is for: a RESIDENT submits for themself only; a COMMUNITY worker records one
 * for a named resident (as 代办人). Every other role is refused.
 */
export function requestSubmitter(caller: Caller, residentPersonId: string | undefined): RequestSubmitter {
  if (caller.role === Role.RESIDENT) {
    if (!caller.personId) throw forbidden('Your token names no person: sign in again as a resident.');
    if (residentPersonId && residentPersonId.toLowerCase() !== caller.personId) {
      throw forbidden('A resident submits requests only for themself; a community worker can record one for someone else.');
    }
    return { residentPersonId: caller.personId, recordedByPersonId: null };
  }
  if (caller.role === Role.COMMUNITY) {
    if (!residentPersonId) throw badUserInput("residentPersonId is required when recording a request on a resident's behalf.", { field: 'residentPersonId' });
    return { residentPersonId: residentPersonId.toLowerCase(), recordedByPersonId: caller.personId };
  }
  throw forbidden(`Your role (${caller.role}) may not submit requests: residents submit their own, community workers on their behalf.`);
}

/** The communities whose requests the caller may move to the right neighborhood (更正小区): a community worker's own. */
export function correctingCommunities(caller: Caller): readonly string[] {
  return caller.role === Role.COMMUNITY ? effectiveGrant(caller).communityIds : [];
}

/** Where-clause of the requests the caller may read: in scope, or (for a resident) their own and those they entered as a head (代办). */
export function visibleRequestsWhere(scope: PropertyScope): FilterQuery<ServiceRequest> {
  const places = scopeWhere<ServiceRequest>(scope);
  return scope.ownPersonId ? { $or: [places, { residentPersonId: scope.ownPersonId }, { recordedByPersonId: scope.ownPersonId }] } : places;
}
