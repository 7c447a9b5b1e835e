import { isAreaOfficeOf } from '../../../platform/access/area-office.js';
import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant, residentHomeNeighborhoodIds } from '../../../platform/access/place-grant.js';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { Role } from '../../../platform/access/role.js';
import { isResponsibleFor, type OrganizationFacts } from '../access/party-access.js';
import { areaOfficeWhere } from '../access/area-office-scope.js';

/** Where a governance record sits: the neighborhood (for meetings and matters) and the places above it. */
export interface GovernancePlace {
  districtId: string;
  streetId: string;
  communityId: string;
  neighborhoodId: string | null;
}

/**
 * Whether the caller speaks for the branch of a neighborhood: the branch itself (or an organisation above it, as
 * PARTY_BRANCH), or the community, street or district office over it. Proposing matters and convening joint
 * meetings are theirs.
 */
export function actsForBranch(caller: Caller, branch: OrganizationFacts): boolean {
  return caller.role !== Role.JOINT_UNIT && isResponsibleFor(caller, branch);
}

/** The property company or owners' committee whose grant holds the neighborhood. */
function servesNeighborhood(caller: Caller, neighborhoodId: string | null, roles: readonly Role[]): boolean {
  return neighborhoodId !== null && roles.includes(caller.role) && effectiveGrant(caller).neighborhoodIds.includes(neighborhoodId);
}

/** A joint-building unit paired with the community (its grant's communityIds). */
function pairedWithCommunity(caller: Caller, communityId: string): boolean {
  return caller.role === Role.JOINT_UNIT && effectiveGrant(caller).communityIds.includes(communityId);
}

/** A resident living or owning a unit in the neighborhood (the token's home neighborhoods, written by the identity side). */
function residentOf(caller: Caller, neighborhoodId: string | null): boolean {
  return neighborhoodId !== null && residentHomeNeighborhoodIds(caller).includes(neighborhoodId);
}

/**
 * Who reads a governance matter (议事事项): the party offices responsible for the proposing branch (the branch, the
 * community, street and district offices), the property company and owners' committee of its neighborhood, the
 * joint-building units paired with its community, and the residents of its neighborhood (the matters are the
 * neighborhood's public business; they see the matter and its outcomes, not the meetings' minutes or seats, and
 * take no link certificate).
 */
export function mayReadMatter(caller: Caller, matter: GovernancePlace, branch: OrganizationFacts): boolean {
  return (
    actsForBranch(caller, branch) ||
    residentOf(caller, matter.neighborhoodId) ||
    servesNeighborhood(caller, matter.neighborhoodId, [Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE]) ||
    pairedWithCommunity(caller, matter.communityId)
  );
}

/** Who reads a joint meeting (三方联席会议): as for matters, without the joint-building units (DOMAIN.md §2). */
export function mayReadMeeting(caller: Caller, meeting: GovernancePlace, branch: OrganizationFacts): boolean {
  return actsForBranch(caller, branch) || servesNeighborhood(caller, meeting.neighborhoodId, [Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE]);
}

/**
 * Who may take a matter's link certificate for its next step: the owners' committee of the neighborhood for RESOLVE
 * (its motion), the property company of the neighborhood or a unit paired with the community for SERVE, and the
 * responsible branch and area offices for either (they act with the others).
 */
export function mayLinkMatter(caller: Caller, matter: GovernancePlace, branch: OrganizationFacts, step: MatterStep): boolean {
  if (actsForBranch(caller, branch)) return true;
  if (step === MatterStep.RESOLVE) return servesNeighborhood(caller, matter.neighborhoodId, [Role.OWNERS_COMMITTEE]);
  return servesNeighborhood(caller, matter.neighborhoodId, [Role.PROPERTY_COMPANY]) || pairedWithCommunity(caller, matter.communityId);
}

/**
 * A where-clause (MikroORM) for the matters or meetings a caller may list, by their columns; null when the role
 * reads none. `branchIds` are the organisations a PARTY_BRANCH caller is responsible for. `forMatters`: joint-building
 * units and residents read matters (as `mayReadMatter`), not meetings.
 */
export function governanceRecordsWhere(caller: Caller, branchIds: ReadonlySet<string>, branchColumn: string, forMatters: boolean): Record<string, unknown> | null {
  const area = areaOfficeWhere(caller);
  if (area) return area;
  const grant = effectiveGrant(caller);
  switch (caller.role) {
    case Role.PARTY_BRANCH:
      return { [branchColumn]: { $in: [...branchIds] } };
    case Role.PROPERTY_COMPANY:
    case Role.OWNERS_COMMITTEE:
      return { neighborhoodId: { $in: grant.neighborhoodIds } };
    case Role.JOINT_UNIT:
      return forMatters ? { communityId: { $in: grant.communityIds } } : null;
    case Role.RESIDENT:
      return forMatters ? { neighborhoodId: { $in: [...residentHomeNeighborhoodIds(caller)] } } : null;
    default:
      return null;
  }
}

export interface AppointmentFacts {
  personId: string;
  homeType: string;
  homeId: string;
  hostType: string;
  hostId: string;
  districtId: string;
  streetId: string;
  communityId: string;
}

/**
 * Who reads a cross-appointment: the area offices over it, the party office responsible for a party organisation on
 * either side, the home or host organisation itself (a company, committee or unit by its token's org), and the
 * person appointed.
 */
export function mayReadAppointment(caller: Caller, appointment: AppointmentFacts, partySides: readonly OrganizationFacts[]): boolean {
  if (isAreaOfficeOf(caller, appointment)) return true;
  if (caller.personId !== null && caller.personId === appointment.personId) return true;
  if (partySides.some((organization) => isResponsibleFor(caller, organization))) return true;
  const own = caller.organizationId;
  return (
    own !== null &&
    [Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT].includes(caller.role) &&
    ((appointment.homeType !== 'PartyOrganization' && appointment.homeId === own) || (appointment.hostType !== 'PartyOrganization' && appointment.hostId === own))
  );
}

/**
 * Who appoints (and ends) a cross-appointment — the organisation department: the district, street or community
 * office over the place where it applies, and the branch (or office above it) responsible for a party host.
 */
export function mayAppoint(caller: Caller, place: GovernancePlace, partyHost: OrganizationFacts | null): boolean {
  if (isAreaOfficeOf(caller, place)) return true;
  return caller.role === Role.PARTY_BRANCH && partyHost !== null && isResponsibleFor(caller, partyHost);
}
