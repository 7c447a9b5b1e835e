import type { CallerClaims } from '../../subgraphs/platform/access/token-claims.js';
import { Role } from '../../subgraphs/platform/access/role.js';
import type { TokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import type { DistrictPlan } from './district-plan.js';

export interface DemoCaller {
  role: Role;
  subject: string;
  /** Who this caller is in the demo district, for the printed list. */
  description: string;
  claims: CallerClaims;
}

/**
 * One demo caller per role, acting for real places of the plan. The property company's grant lists the
 * neighborhoods it serves, as the identity service would write it from the company's active contracts.
 */
/**
 * The places and people the demo tokens act for: a neighborhood served by the demo company, with its own owners'
 * committee and party branch, and a resident who owns a unit there. Tests use the same scenario.
 */
export function demoScenario(plan: DistrictPlan) {
  const street = plan.streets[0];
  const community = plan.communities[0];
  const company = plan.propertyCompanies[0];
  // The demo neighborhood: served by the demo company, with its own owners' committee and party branch.
  const neighborhood = plan.neighborhoods.find(
    (candidate) =>
      company.neighborhoodIds.includes(candidate.id) &&
      plan.ownersCommittees.some((committee) => committee.neighborhoodId === candidate.id) &&
      plan.partyBranches.some((branch) => branch.kind === 'SINGLE' && branch.neighborhoodIds.includes(candidate.id)),
  )!;
  const branch = plan.partyBranches.find((candidate) => candidate.neighborhoodIds.includes(neighborhood.id))!;
  const committee = plan.ownersCommittees.find((candidate) => candidate.neighborhoodId === neighborhood.id)!;
  const jointUnit = plan.jointUnits.find((candidate) => candidate.communityId === community.id)!;
  const ownedUnit = plan.units.find((unit) => unit.neighborhoodId === neighborhood.id && unit.ownerIds.length > 0)!;
  const resident = plan.persons.find((person) => person.id === ownedUnit.ownerIds[0])!;
  const communityWorker = plan.persons.find((person) => person.communityId === community.id)!;
  return { street, community, company, neighborhood, branch, committee, jointUnit, ownedUnit, resident, communityWorker };
}

/** The neighborhoods a person lives in or owns a unit in. */
export function residentHomes(plan: DistrictPlan, personId: string): string[] {
  const homes = new Set(plan.units.filter((unit) => unit.ownerIds.includes(personId)).map((unit) => unit.neighborhoodId));
  const residence = plan.persons.find((person) => person.id === personId)?.residenceNeighborhoodId;
  if (residence) homes.add(residence);
  return [...homes].sort();
}

export function demoCallers(plan: DistrictPlan): DemoCaller[] {
  const { street, community, company, neighborhood, branch, committee, jointUnit, ownedUnit, resident, communityWorker } = demoScenario(plan);
  return [
    { role: Role.DISTRICT, subject: 'demo-district', description: `${plan.district.name} district office`, claims: { role: Role.DISTRICT, grant: { districtIds: [plan.district.id] } } },
    { role: Role.STREET, subject: 'demo-street', description: `${street.name} office`, claims: { role: Role.STREET, grant: { streetIds: [street.id] } } },
    {
      role: Role.COMMUNITY,
      subject: 'demo-community',
      description: `${community.name} worker`,
      claims: { role: Role.COMMUNITY, person: communityWorker.id, grant: { communityIds: [community.id] } },
    },
    {
      role: Role.PARTY_BRANCH,
      subject: 'demo-party-branch',
      description: branch.name,
      claims: { role: Role.PARTY_BRANCH, org: branch.id, grant: { neighborhoodIds: branch.neighborhoodIds } },
    },
    {
      role: Role.PROPERTY_COMPANY,
      subject: 'demo-property-company',
      description: `${company.name} (${company.neighborhoodIds.length} neighborhoods)`,
      claims: { role: Role.PROPERTY_COMPANY, org: company.id, grant: { neighborhoodIds: company.neighborhoodIds } },
    },
    {
      role: Role.OWNERS_COMMITTEE,
      subject: 'demo-owners-committee',
      description: `${neighborhood.name} owners' committee`,
      claims: { role: Role.OWNERS_COMMITTEE, org: committee.id, grant: { neighborhoodIds: [neighborhood.id] } },
    },
    {
      role: Role.JOINT_UNIT,
      subject: 'demo-joint-unit',
      description: `${jointUnit.name}, paired with ${community.name}`,
      claims: { role: Role.JOINT_UNIT, org: jointUnit.id, grant: { communityIds: [community.id] } },
    },
    {
      role: Role.RESIDENT,
      subject: 'demo-resident',
      description: `a resident owning ${ownedUnit.number} in ${neighborhood.name}`,
      // The identity side writes where a resident lives or owns a unit (from the registry), so they act for themself there.
      claims: { role: Role.RESIDENT, person: resident.id, grant: { neighborhoodIds: residentHomes(plan, resident.id) } },
    },
  ];
}

export async function issueDemoTokens(issuer: TokenIssuer, callers: DemoCaller[], expiresIn = '30d'): Promise<Map<Role, string>> {
  const tokens = new Map<Role, string>();
  for (const caller of callers) tokens.set(caller.role, await issuer.issue(caller.subject, caller.claims, { expiresIn }));
  return tokens;
}
