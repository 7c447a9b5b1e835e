import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { isResponsibleFor, type OrganizationFacts } from '../access/party-access.js';
import type { RegisteredPlace } from '../place/place-register.entity.js';

/**
 * Who may appoint and end heads of a neighborhood: the party office responsible for the branch covering it (the
 * branch itself, or its community, street or district). The branch is read from the party's own tree.
 */
export function assertMayManageHeads(caller: Caller, branch: (OrganizationFacts & { name: string }) | null, action: string): asserts branch {
  if (!branch || !isResponsibleFor(caller, branch)) {
    throw forbidden(
      `Your role (${caller.role}) may not ${action} here: the neighborhood's branch does, or the community, street or district office above it${branch ? '' : ' (no branch covers this neighborhood yet)'}.`,
    );
  }
}

/**
 * Who may read the heads of a neighborhood (their posts; names and contacts are masked by the registry):
 * - the area offices whose area holds the neighborhood;
 * - the party office responsible for its branch;
 * - organisations serving it (property company, owners' committee, joint-building unit) by their grant;
 * - the head themself (their own appointments).
 * The party does not know where residents live, so other residents read no head lists here.
 */
export function mayReadHeadsOf(caller: Caller, neighborhood: RegisteredPlace, branch: OrganizationFacts | null, personId: string | null): boolean {
  const grant = effectiveGrant(caller);
  if (personId !== null && caller.personId === personId) return true;
  switch (caller.role) {
    case Role.DISTRICT:
      return grant.districtIds.includes(neighborhood.districtId);
    case Role.STREET:
      return grant.streetIds.includes(neighborhood.streetId);
    case Role.COMMUNITY:
      return neighborhood.communityId !== null && grant.communityIds.includes(neighborhood.communityId);
    case Role.PARTY_BRANCH:
      return branch !== null && isResponsibleFor(caller, branch);
    case Role.JOINT_UNIT:
      return grant.neighborhoodIds.includes(neighborhood.id) || (neighborhood.communityId !== null && grant.communityIds.includes(neighborhood.communityId));
    case Role.PROPERTY_COMPANY:
    case Role.OWNERS_COMMITTEE:
      return grant.neighborhoodIds.includes(neighborhood.id);
    default:
      return false;
  }
}

/** Who may hold a statement of their own 三长 posts (for 代办): a person signed in as a RESIDENT (heads are residents acting for their neighbors). */
export function assertMayHoldHeadCertificate(caller: Caller): string {
  if (caller.role !== Role.RESIDENT || !caller.personId) {
    throw forbidden(`Your role (${caller.role}) may not hold a head statement: a building, entrance or grid head signs in as themself (RESIDENT).`);
  }
  return caller.personId;
}

/** The refusal for a resident who holds no head post in force. */
export function noHeadPost() {
  return forbidden('You hold no building, entrance or grid head post in force today: only a head (三长) may act for residents.');
}
