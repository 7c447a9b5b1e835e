import type { Caller } from '../../../platform/access/caller.js';
import { residentHomeNeighborhoodIds } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import { isResponsibleFor, type OrganizationFacts } from '../access/party-access.js';

/** The branch (or the community, street or district office above it) dispatches orders and keeps zones. */
export function assertRunsBranch(caller: Caller, branch: (OrganizationFacts & { name: string }) | null, action: string): asserts branch {
  if (!branch || !isResponsibleFor(caller, branch)) {
    throw forbidden(`Your role (${caller.role}) may not ${action} here: the neighborhood's branch does, or the community, street or district office above it${branch ? '' : ' (no branch covers this neighborhood yet)'}.`);
  }
}

/**
 * Who may read an order: the resident it is for, the member it was dispatched to, and the party office responsible
 * for the branch. Nobody else: an order names a resident and what they need.
 */
export function mayReadOrder(caller: Caller, order: { orderedByPersonId: string }, memberPersonId: string | null, branch: OrganizationFacts | null): boolean {
  if (caller.personId !== null && (caller.personId === order.orderedByPersonId || caller.personId === memberPersonId)) return true;
  return branch !== null && isResponsibleFor(caller, branch);
}

/**
 * A resident orders for themself, in a neighborhood they live in or own a unit in; anyone else orders only as the
 * branch's office, naming the resident.
 */
export function assertMayOrder(caller: Caller, neighborhoodId: string, residentId: string | undefined, branch: (OrganizationFacts & { name: string }) | null): string {
  if (caller.role === Role.RESIDENT) {
    if (!residentHomeNeighborhoodIds(caller).includes(neighborhoodId)) throw forbidden("A resident orders only in their own neighborhood: use its placeCertificate.");
    if (residentId !== undefined && residentId.toLowerCase() !== caller.personId) throw forbidden('A resident orders only for themself: leave residentId out.');
    return caller.personId!;
  }
  assertRunsBranch(caller, branch, 'order services for residents');
  if (!residentId) throw badUserInput('residentId is required when the branch orders for a resident.', { field: 'residentId' });
  return residentId.toLowerCase();
}

export function assertIsPerson(caller: Caller, personId: string | null, who: string): void {
  if (caller.personId === null || caller.personId !== personId) throw forbidden(`Only ${who} may do this step.`);
}
