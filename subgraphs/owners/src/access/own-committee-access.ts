import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';

/** The committee an OWNERS_COMMITTEE token says it acts for (its `org`); null for every other role or without one. */
export function claimedCommitteeId(caller: Caller): string | null {
  return caller.role === Role.OWNERS_COMMITTEE && caller.organizationId ? caller.organizationId : null;
}

/** The claimed committee is the caller's own only if the token's grant holds its neighborhood. */
export function holdsCommitteeNeighborhood(caller: Caller, committee: { neighborhoodId: string }): boolean {
  return effectiveGrant(caller).neighborhoodIds.includes(committee.neighborhoodId);
}
