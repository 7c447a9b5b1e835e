import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { isResponsibleFor, type OrganizationFacts } from '../access/party-access.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { EscalationLevel, EscalationSubject } from './escalation-kinds.js';

/** Who may raise a problem at a neighborhood's branch: the party office responsible for that branch. */
export function assertMayRaise(caller: Caller, branch: (OrganizationFacts & { name: string }) | null): asserts branch {
  if (!branch || !isResponsibleFor(caller, branch)) {
    throw forbidden(
      `Your role (${caller.role}) may not raise escalations here: the neighborhood's branch does, or the community, street or district office above it${branch ? '' : ' (no branch covers this neighborhood yet)'}.`,
    );
  }
}

/** The role that answers for each level, within the escalation's own place (read from the party's rows). */
const ANSWERING_ROLE: Record<EscalationLevel, Role> = {
  NEIGHBORHOOD_BRANCH_SECRETARY: Role.PARTY_BRANCH,
  COMMUNITY_COMMITTEE_SECRETARY: Role.COMMUNITY,
  STREET_WORKING_COMMITTEE_SECRETARY: Role.STREET,
  COUNTY_DEPARTMENT_SECRETARY: Role.DISTRICT,
  COUNTY_SECRETARY: Role.DISTRICT,
};

export function mayAnswerAt(caller: Caller, level: EscalationLevel, place: PlacePath<'district', 'community'>, branch: OrganizationFacts): boolean {
  if (caller.role !== ANSWERING_ROLE[level]) return false;
  const grant = effectiveGrant(caller);
  switch (caller.role) {
    case Role.PARTY_BRANCH:
      return isResponsibleFor(caller, branch);
    case Role.COMMUNITY:
      return place.communityId !== null && grant.communityIds.includes(place.communityId);
    case Role.STREET:
      return place.streetId !== null && grant.streetIds.includes(place.streetId);
    default:
      return grant.districtIds.includes(place.districtId);
  }
}

export function assertMayAnswerAt(caller: Caller, level: EscalationLevel, place: PlacePath<'district', 'community'>, branch: OrganizationFacts): void {
  if (!mayAnswerAt(caller, level, place, branch)) {
    throw forbidden(`Your role (${caller.role}) may not answer at this level: the ${ANSWERING_ROLE[level]} office of this escalation's place answers for ${level}.`);
  }
}

/**
 * Who may read an escalation and its calls: every party office on its ladder (the branch and the community, street
 * and district above it), and for a resident's request the property company contracted to the neighborhood.
 */
export function mayReadEscalation(caller: Caller, escalation: { subject: EscalationSubject; neighborhoodId: string }, branch: OrganizationFacts | null): boolean {
  if (branch && isResponsibleFor(caller, branch)) return true;
  return caller.role === Role.PROPERTY_COMPANY && escalation.subject === EscalationSubject.SERVICE_REQUEST && effectiveGrant(caller).neighborhoodIds.includes(escalation.neighborhoodId);
}

/** Only the district office sets its district's response time limits. */
export function assertMaySetLimits(caller: Caller, districtId: string): void {
  if (caller.role !== Role.DISTRICT || !effectiveGrant(caller).districtIds.includes(districtId)) {
    throw forbidden(`Your role (${caller.role}) may not set response time limits here: the DISTRICT office of this district does.`);
  }
}
