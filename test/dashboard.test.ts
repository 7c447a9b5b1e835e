import { Role } from '../subgraphs/platform/access/role.js';
import { planPartyData } from '../subgraphs/party/seeders/party.seeder.js';
import { PartyOrganizationKind } from '../subgraphs/party/src/organization/organization-kinds.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';
import { planPropertyDemo } from '../subgraphs/property/seeders/property-demo-plan.js';
import { planCobuilding } from '../subgraphs/cobuilding/seeders/cobuilding-plan.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import type { CrossAppointmentKind } from '../infra/demo/governance-plan.js';

/**
 * The district dashboard (区县驾驶舱): one operation through the gateway returns, per street and community, the figures
 * the published reports give, each contributed by the subgraph that owns it. Expected figures are counted here
 * from the plan rows the seeders wrote, independently of the statistics code.
 */

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const FIGURES = `
  partyStatistics { neighborhoodBranches buildingGroups centralHouseholds serviceStations fiveStarBranches crossAppointmentsByKind { kind count } }
  ownersStatistics { eligibleNeighborhoods neighborhoodsWithCommittee formationRatePercent }
  ownersCommitteePartyShare { committeeMembers partyMembers sharePercent }
  propertyStatistics { companiesWithPartyOrganizationCount requests { total completed evaluated satisfied completionRate satisfactionRate } }
  cobuildingStatistics { wishesFulfilled projectsByStatus { status count } }`;

export const DASHBOARD = `query Dashboard($district: ID!) {
  district(id: $district) {
    name
    ${FIGURES}
    streets { id name ${FIGURES} communities { id name ${FIGURES} } }
  }
}`;

/** n ÷ d with 4 decimals, rounded half up (the property subgraph's rate format), computed with plain integers. */
function rate(n: number, d: number): string | null {
  if (d === 0) return null;
  const scaled = Math.floor((n * 20000 + d) / (2 * d));
  return `${Math.floor(scaled / 10000)}.${String(scaled % 10000).padStart(4, '0')}`;
}

/** part of whole in percent with 2 decimals, rounded half up (the owners subgraph's format). */
function percent(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const hundredths = Math.floor((part * 20000 + whole) / (2 * whole));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

const APPOINTMENT_KINDS: CrossAppointmentKind[] = [
  'COMMUNITY_PROPERTY_SUPERVISOR',
  'COMMUNITY_VOLUNTEER_DIRECTOR',
  'GRID_WORKER_PROPERTY_ADMINISTRATOR',
  'PROPERTY_MANAGER_BRANCH_COMMITTEE',
  'OWNERS_MEMBER_BRANCH_COMMITTEE',
  'PROPERTY_HEAD_PART_TIME_COMMITTEE',
  'JOINT_UNIT_PART_TIME_COMMITTEE',
  'FIRST_SECRETARY',
  'WEEKEND_SECRETARY',
];

type Area = { level: 'district' | 'street' | 'community'; id: string };
const inArea = (area: Area) => (row: { districtId?: string | null; streetId?: string | null; communityId?: string | null }) =>
  area.level === 'district' ? row.districtId === area.id : area.level === 'street' ? row.streetId === area.id : row.communityId === area.id;

function expectedFigures(area: Area) {
  const { plan } = graph;
  const within = inArea(area);
  const party = planPartyData(plan);
  const organizations = party.organizations.filter(within);
  const today = new Date().toISOString().slice(0, 10);
  const appointments = plan.governance.crossAppointments.filter((appointment) => {
    const community = plan.communities.find((candidate) => candidate.id === appointment.communityId)!;
    return within({ districtId: community.districtId, streetId: community.streetId, communityId: community.id }) && appointment.termStart <= today && today <= appointment.termEnd;
  });
  const byKind = new Map<string, number>(APPOINTMENT_KINDS.map((kind) => [kind, 0]));
  for (const appointment of appointments) byKind.set(appointment.kind, byKind.get(appointment.kind)! + 1);

  const neighborhoods = plan.neighborhoods.filter(within);
  const closed = neighborhoods.filter((neighborhood) => neighborhood.kind === 'CLOSED');
  const committees = planOwnersCommittees(plan).filter((committee) => committee.members.length >= 5 && within(committee));
  const withCommittee = closed.filter((neighborhood) => committees.some((committee) => committee.neighborhoodId === neighborhood.id)).length;

  const memberIds = new Set(committees.flatMap((committee) => committee.members.filter((member) => member.role !== 'EXECUTIVE_SECRETARY').map((member) => member.personId)));
  const partyPeople = new Set(party.members.map((member) => member.personId));
  const partyMembers = [...memberIds].filter((id) => partyPeople.has(id)).length;

  const property = planPropertyDemo(plan);
  const activeContracts = property.contracts.filter((contract) => contract.endedOn === null && within(contract));
  const redCompanies = new Set(
    activeContracts.filter((contract) => property.companies.find((company) => company.id === contract.companyId)!.partyOrganizationId !== null).map((contract) => contract.companyId),
  );
  const requests = property.requests.filter(within);
  const completed = requests.filter((request) => request.status === 'RESOLVED' || request.status === 'EVALUATED').length;
  const evaluated = requests.filter((request) => request.status === 'EVALUATED');
  const satisfied = evaluated.filter((request) => (request.satisfaction ?? 0) >= 4).length;

  const cobuilding = planCobuilding(plan);
  const projects = cobuilding.projects.filter((project) => within(project as unknown as { districtId: string; streetId: string; communityId: string }));
  const statuses = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED', 'CANCELLED'];

  return {
    partyStatistics: {
      neighborhoodBranches: organizations.filter((row) => row.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH).length,
      buildingGroups: organizations.filter((row) => row.kind === PartyOrganizationKind.BUILDING_GROUP).length,
      centralHouseholds: party.households.filter(within).length,
      serviceStations: party.stations.filter(within).length,
      fiveStarBranches: party.ratings.filter(within).filter((rating) => rating.approvedStars === 5).length,
      crossAppointmentsByKind: [...byKind.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, count]) => ({ kind, count })),
    },
    ownersStatistics: { eligibleNeighborhoods: closed.length, neighborhoodsWithCommittee: withCommittee, formationRatePercent: percent(withCommittee, closed.length) },
    ownersCommitteePartyShare: { committeeMembers: memberIds.size, partyMembers, sharePercent: percent(partyMembers, memberIds.size) },
    propertyStatistics: {
      companiesWithPartyOrganizationCount: redCompanies.size,
      requests: {
        total: requests.length,
        completed,
        evaluated: evaluated.length,
        satisfied,
        completionRate: rate(completed, requests.length),
        satisfactionRate: rate(satisfied, evaluated.length),
      },
    },
    cobuildingStatistics: {
      wishesFulfilled: cobuilding.wishes.filter((wish) => within(wish as { districtId: string; streetId: string; communityId: string }) && ['FULFILLED', 'CONFIRMED'].includes(String(wish.status))).length,
      projectsByStatus: statuses
        .map((status) => ({ status, count: projects.filter((project) => project.status === status).length }))
        .filter((entry) => statuses.includes(entry.status)),
    },
  };
}

describe('the district dashboard', () => {
  it('gives, per street and community, the figures counted from the demo data, composed across four subgraphs', async () => {
    const { plan } = graph;
    graph.resetSqlCount();
    const response = await graph.graphql(DASHBOARD, { token: graph.tokens.get(Role.DISTRICT), variables: { district: plan.district.id } });
    expect(response.body.errors).toBeUndefined();
    const district = (response.body.data as { district: Record<string, unknown> & { streets: (Record<string, unknown> & { communities: Record<string, unknown>[] })[] } }).district;
    const expected = {
      name: plan.district.name,
      ...expectedFigures({ level: 'district', id: plan.district.id }),
      streets: plan.streets.map((street) => ({
        id: street.id,
        name: street.name,
        ...expectedFigures({ level: 'street', id: street.id }),
        communities: plan.communities
          .filter((community) => community.streetId === street.id)
          .map((community) => ({ id: community.id, name: community.name, ...expectedFigures({ level: 'community', id: community.id }) })),
      })),
    };
    const sortKinds = (figures: Record<string, unknown>) => {
      const party = figures.partyStatistics as { crossAppointmentsByKind: { kind: string }[] };
      party.crossAppointmentsByKind.sort((a, b) => (a.kind < b.kind ? -1 : 1));
    };
    // Compare regardless of the order the registry lists places in (by name).
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => (String(a.id) < String(b.id) ? -1 : 1);
    sortKinds(district);
    district.streets.sort(byId);
    expected.streets.sort(byId);
    for (const street of district.streets) {
      sortKinds(street);
      street.communities.sort(byId);
      for (const community of street.communities) sortKinds(community);
    }
    for (const street of expected.streets) street.communities.sort(byId);
    expect(district).toEqual(expected);
    // The demo district keeps published proportions: most gated neighborhoods have a committee (江汉区: 88%).
    expect(Number((district.ownersStatistics as { formationRatePercent: string }).formationRatePercent)).toBeGreaterThan(70);
  });
});
