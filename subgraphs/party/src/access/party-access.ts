import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { isAreaOfficeOf, pathOfArea } from '../../../platform/access/area-office.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { areaOfficeWhere } from './area-office-scope.js';

/** What an access decision needs to know about an organisation, all from the party's own rows. */
export interface OrganizationFacts extends PlacePath<'district', 'community'> {
  id: string;
  ancestorIds: readonly string[];
  neighborhoodIds: readonly string[];
  hostOrganizationId: string | null;
}

/**
 * Whether the caller is the party office responsible for `organization` (its "own subtree"): it may manage it and
 * read its members, posts, central households, report-ins and ratings.
 *
 * - DISTRICT acts for the county's organisation department: every organisation of its district.
 * - STREET acts for the street working committee (街道党工委): organisations of its street.
 * - COMMUNITY acts for the community committee (社区党委): organisations of its community.
 * - PARTY_BRANCH acts for the branch named by its token's `org`: that branch and the organisations below it, read
 *   from the stored tree (ancestor ids), never from the token's grant.
 * - JOINT_UNIT acts for its own party organisation (the one whose host is the unit named by `org`).
 */
export function isResponsibleFor(caller: Caller, organization: OrganizationFacts): boolean {
  switch (caller.role) {
    case Role.DISTRICT:
    case Role.STREET:
    case Role.COMMUNITY:
      return isAreaOfficeOf(caller, organization);
    case Role.PARTY_BRANCH:
      return caller.organizationId !== null && (organization.id === caller.organizationId || organization.ancestorIds.includes(caller.organizationId));
    case Role.JOINT_UNIT:
      return caller.organizationId !== null && organization.hostOrganizationId === caller.organizationId;
    default:
      return false;
  }
}

export function assertResponsibleFor(caller: Caller, organization: OrganizationFacts & { name: string }, action: string): void {
  if (!isResponsibleFor(caller, organization)) {
    throw forbidden(
      `Your role (${caller.role}) may not ${action} in ${organization.name}: only the party office responsible for it may (its own branch, or the community, street or district above it).`,
      { organizationId: organization.id },
    );
  }
}

/**
 * Whether a property company may see a branch's contact post: the branch covers a neighborhood the company is
 * contracted to (the token's grant, written from its active contracts).
 */
export function isContractedCompanyOf(caller: Caller, organization: OrganizationFacts): boolean {
  if (caller.role !== Role.PROPERTY_COMPANY) return false;
  const neighborhoods = effectiveGrant(caller).neighborhoodIds;
  return organization.neighborhoodIds.some((id) => neighborhoods.includes(id));
}

/** Whether the caller may read figures and ledgers (coverage) of an area: the area roles, within their own area. */
export function readsArea(caller: Caller, area: { level: 'district' | 'street' | 'community'; id: string; districtId: string; streetId: string | null }): boolean {
  return isAreaOfficeOf(caller, pathOfArea(area));
}

/** Area offices of its community register a neighborhood with the party; anyone else is refused. */
export function assertMayRegisterNeighborhood(caller: Caller, place: { districtId: string; streetId: string; communityId: string }): void {
  if (!readsArea(caller, { level: 'community', id: place.communityId, districtId: place.districtId, streetId: place.streetId })) {
    throw forbidden(`Your role (${caller.role}) may not register neighborhoods in this community: its COMMUNITY, STREET and DISTRICT offices may.`);
  }
}

/** Area offices of its community add a building or unit (or neighborhood) to the party register; anyone else is refused. */
export function assertMayRegisterPlace(caller: Caller, place: { districtId: string; streetId: string; communityId: string }): void {
  if (!readsArea(caller, { level: 'community', id: place.communityId, districtId: place.districtId, streetId: place.streetId })) {
    throw forbidden(`Your role (${caller.role}) may not add places of this community to the party register: its COMMUNITY, STREET and DISTRICT offices may.`);
  }
}

/** A where-clause (MikroORM) selecting the organisations the caller is responsible for; null when none. */
export function responsibleOrganizationsWhere(caller: Caller): Record<string, unknown> | null {
  const area = areaOfficeWhere(caller);
  if (area) return area;
  switch (caller.role) {
    case Role.PARTY_BRANCH:
      return caller.organizationId ? { $or: [{ id: caller.organizationId }, { ancestorIds: { $contains: [caller.organizationId] } }] } : null;
    case Role.JOINT_UNIT:
      return caller.organizationId ? { hostOrganizationId: caller.organizationId } : null;
    default:
      return null;
  }
}

/**
 * The basic-level committee that assesses a branch's star rating: the community committee (COMMUNITY role of the
 * branch's community), or for a branch directly under the street the working committee (STREET role).
 */
export function mayAssessRating(caller: Caller, rated: PlacePath<'district', 'community'>): boolean {
  const grant = effectiveGrant(caller);
  if (rated.communityId !== null) return caller.role === Role.COMMUNITY && grant.communityIds.includes(rated.communityId);
  return caller.role === Role.STREET && rated.streetId !== null && grant.streetIds.includes(rated.streetId);
}

/** The county (DISTRICT role of the branch's district) approves star ratings. */
export function mayApproveRating(caller: Caller, rated: PlacePath<'district', 'community'>): boolean {
  return caller.role === Role.DISTRICT && effectiveGrant(caller).districtIds.includes(rated.districtId);
}

/**
 * Whether the caller is an area office above `organization` (its organisation department): DISTRICT for every
 * organisation of its district, STREET for those of its street but not the working committee itself, COMMUNITY for
 * those of its community but not the community committee itself. Editing, dissolving and moving an organisation is
 * theirs; a branch does not rename, dissolve or move itself.
 */
export function isAreaOfficeAbove(caller: Caller, organization: OrganizationFacts & { kind: string }): boolean {
  // An office does not stand above its own committee: the street's working committee, the community's committee.
  if (caller.role === Role.STREET && organization.kind === 'STREET_WORKING_COMMITTEE') return false;
  if (caller.role === Role.COMMUNITY && (organization.kind === 'STREET_WORKING_COMMITTEE' || organization.kind === 'COMMUNITY_COMMITTEE')) return false;
  return isAreaOfficeOf(caller, organization);
}

export function assertAreaOfficeAbove(caller: Caller, organization: OrganizationFacts & { kind: string; name: string }, action: string): void {
  if (!isAreaOfficeAbove(caller, organization)) {
    throw forbidden(`Your role (${caller.role}) may not ${action} ${organization.name}: only the area offices above it may (its community, street or district).`, {
      organizationId: organization.id,
    });
  }
}
