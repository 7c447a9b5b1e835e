import { randomUUID } from 'node:crypto';
import { Role } from '../../subgraphs/platform/access/role.js';
import type { CallerClaims } from '../../subgraphs/platform/access/token-claims.js';
import type { DistrictPlan } from '../../infra/demo/district-plan.js';

/**
 * The target every matrix call aims at: the demo scenario's neighborhood, its community and street (infra/demo).
 * For each role, a caller whose area or organisation lies elsewhere: a district that holds nothing, the other
 * street, a community, branch, company, committee and joint unit of that street, a resident living there.
 */
export function outsiderClaims(plan: DistrictPlan, target: { streetId: string; neighborhoodId: string }): Map<Role, CallerClaims> {
  const street = plan.streets.find((candidate) => candidate.id !== target.streetId)!;
  const community = plan.communities.find((candidate) => candidate.streetId === street.id)!;
  const neighborhoods = new Set(plan.neighborhoods.filter((n) => n.streetId === street.id).map((n) => n.id));
  const branch = plan.partyBranches.find((candidate) => candidate.neighborhoodIds.every((id) => neighborhoods.has(id)))!;
  const company = plan.propertyCompanies.find((candidate) => !candidate.neighborhoodIds.includes(target.neighborhoodId))!;
  const committee = plan.ownersCommittees.find((candidate) => neighborhoods.has(candidate.neighborhoodId))!;
  const unit = plan.jointUnits.find((candidate) => candidate.communityId === community.id) ?? plan.jointUnits.find((candidate) => candidate.communityId !== plan.communities[0].id)!;
  const resident = plan.persons.find((person) => person.residenceNeighborhoodId !== null && neighborhoods.has(person.residenceNeighborhoodId))!;
  const worker = plan.persons.find((person) => person.communityId === community.id)!;
  return new Map<Role, CallerClaims>([
    [Role.DISTRICT, { role: Role.DISTRICT, grant: { districtIds: [randomUUID()] } }],
    [Role.STREET, { role: Role.STREET, grant: { streetIds: [street.id] } }],
    [Role.COMMUNITY, { role: Role.COMMUNITY, person: worker.id, grant: { communityIds: [community.id] } }],
    [Role.PARTY_BRANCH, { role: Role.PARTY_BRANCH, org: branch.id, grant: { neighborhoodIds: branch.neighborhoodIds } }],
    [Role.PROPERTY_COMPANY, { role: Role.PROPERTY_COMPANY, org: company.id, grant: { neighborhoodIds: company.neighborhoodIds } }],
    [Role.OWNERS_COMMITTEE, { role: Role.OWNERS_COMMITTEE, org: committee.id, grant: { neighborhoodIds: [committee.neighborhoodId] } }],
    [Role.JOINT_UNIT, { role: Role.JOINT_UNIT, org: unit.id, grant: { communityIds: [unit.communityId] } }],
    [Role.RESIDENT, { role: Role.RESIDENT, person: resident.id, grant: { neighborhoodIds: [resident.residenceNeighborhoodId!] } }],
  ]);
}
