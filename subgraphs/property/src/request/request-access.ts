import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { isInScope, type PropertyScope } from '../access/property-scope.js';
import type { RequestActorSide } from './request-lifecycle.js';
import type { ServiceRequest } from './service-request.entity.js';

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
