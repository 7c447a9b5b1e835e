/* eslint-disable max-lines -- what party adds to other subgraphs' entities (area statistics and event counts, Neighborhood.partyBranch, membership, _entities): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { Role } from '../../platform/access/role.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { gatewayHeaders, startGraph, type GraphStack } from '../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../seeders/party.seeder.js';
import { PartyOrganizationKind } from './organization/organization-kinds.js';
import { PartyMemberCategory, PartyMemberStatus } from './member/member-kinds.js';
import { PartyPostKind } from './post/post-kinds.js';
import { CrossAppointmentKind } from './governance/cross-appointment-kinds.js';
import type { PartyOrganization } from './organization/organization.entity.js';
import { planEscalations } from '../seeders/escalation.seeder.js';
import { planServiceOrders } from '../seeders/service-order.seeder.js';

let graph: GraphStack;
let data: PartyDemoData;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const entities = (token: string, fragment: string, representations: { __typename: string; id: string }[]) =>
  graph.subgraphRequest('party', { query: `query($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`, variables: { r: representations } }, gatewayHeaders('party', token));

const COMMITTEE_POSTS = [PartyPostKind.SECRETARY, PartyPostKind.DEPUTY_SECRETARY, PartyPostKind.COMMITTEE_MEMBER, PartyPostKind.PART_TIME_COMMITTEE_MEMBER];

/** The figures an area should show, computed from the seeder's data. */
function expectedStatistics(inArea: (row: { districtId: string; streetId: string | null; communityId: string | null }) => boolean) {
  const organizations = data.organizations.filter(inArea);
  const branches = organizations.filter((row) => row.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH);
  const branchIds = new Set(branches.map((row) => row.id));
  const today = new Date().toISOString().slice(0, 10);
  const members = data.members.filter(inArea);
  const stations = data.stations.filter(inArea);
  const cents = stations.reduce((sum, station) => sum + Math.round(Number(station.floorArea) * 100), 0);
  const status = (value: PartyMemberStatus) => members.filter((row) => row.status === value).length;
  return {
    neighborhoodBranches: branches.length,
    singleBranches: branches.filter((row) => row.form === 'SINGLE').length,
    jointBranches: branches.filter((row) => row.form === 'JOINT').length,
    gridBranches: 0,
    buildingGroups: organizations.filter((row) => row.kind === PartyOrganizationKind.BUILDING_GROUP).length,
    propertyCompanyBranches: organizations.filter((row) => row.kind === PartyOrganizationKind.PROPERTY_COMPANY_BRANCH).length,
    centralHouseholds: data.households.filter(inArea).length,
    serviceStations: stations.length,
    serviceStationFloorArea: (cents / 100).toFixed(2),
    fiveStarBranches: data.ratings.filter(inArea).filter((rating) => rating.approvedStars === 5).length,
    neighborhoodsWithoutBranch: 0,
    members: members.length,
    formalMembers: members.filter((row) => row.category === PartyMemberCategory.FORMAL).length,
    probationaryMembers: members.filter((row) => row.category === PartyMemberCategory.PROBATIONARY).length,
    inServiceMembers: status(PartyMemberStatus.IN_SERVICE),
    retiredMembers: status(PartyMemberStatus.RETIRED),
    mobileMembers: status(PartyMemberStatus.MOBILE),
    withoutPostMembers: status(PartyMemberStatus.WITHOUT_POST),
    branchCommitteeMembers: new Set(
      data.posts
        .filter((post) => branchIds.has(post.organizationId) && COMMITTEE_POSTS.includes(post.kind) && post.termStart <= today && today <= post.termEnd)
        .map((post) => `${post.organizationId}/${post.personId}`),
    ).size,
  };
}

/** The figures of 三方联动 and 交叉任职, which the demo data's expectations above do not cover. */
const THREE_WAY = 'crossAppointmentsByKind { kind count } jointMeetingsHeld governanceMattersProposed governanceMattersDeliberated governanceMattersAgreed';

const STATISTIC_FIELDS = `neighborhoodBranches singleBranches jointBranches gridBranches buildingGroups propertyCompanyBranches centralHouseholds
  serviceStations serviceStationFloorArea fiveStarBranches neighborhoodsWithoutBranch members formalMembers probationaryMembers inServiceMembers
  retiredMembers mobileMembers withoutPostMembers branchCommitteeMembers`;
const STATISTICS = `partyStatistics { ${STATISTIC_FIELDS} }`;

describe('statistics on District, Street and Community', () => {
  it('match the demo data at every level', async () => {
    const { plan } = graph;
    const street = plan.streets[1];
    const community = plan.communities[0];
    const response = await graph.graphql(
      `query($d: ID!, $s: ID!, $c: ID!) { district(id: $d) { ${STATISTICS} } street(id: $s) { ${STATISTICS} } community(id: $c) { ${STATISTICS} } }`,
      { token: graph.tokens.get(Role.DISTRICT), variables: { d: plan.district.id, s: street.id, c: community.id } },
    );
    expect(response.body).toEqual({
      data: {
        district: { partyStatistics: expectedStatistics((row) => row.districtId === plan.district.id) },
        street: { partyStatistics: expectedStatistics((row) => row.streetId === street.id) },
        community: { partyStatistics: expectedStatistics((row) => row.communityId === community.id) },
      },
    });
    // The demo district keeps the published proportions: every neighborhood covered, about a third of branches five-star.
    expect(expectedStatistics((row) => row.districtId === plan.district.id).neighborhoodBranches).toBe(plan.partyBranches.length);
  });

  it("count the matters 三议一服务 carried to completion (governanceMatterResults), from the property and cobuilding subgraphs' service", async () => {
    const { plan } = graph;
    const street = plan.streets[0];
    const expected = (inArea: (matter: { streetId: string; districtId: string }) => boolean) => {
      const matters = plan.governance.governanceMatters.filter(inArea);
      const done = matters.filter((matter) => {
        const served = [...matter.serviceRequests, ...(matter.project ? [matter.project] : [])];
        return matter.deliberation?.outcome === 'AGREED' && served.length > 0 && served.every((record) => record.progress !== 'IN_PROGRESS');
      });
      const evaluated = done.filter((matter) => [...matter.serviceRequests, ...(matter.project ? [matter.project] : [])].every((record) => record.progress === 'EVALUATED')).length;
      return { proposed: matters.length, completed: done.length - evaluated, evaluated, solved: done.length };
    };
    const query = `query($d: ID!, $s: ID!) { district(id: $d) { governanceMatterResults { proposed completed evaluated solved } }
      street(id: $s) { governanceMatterResults { proposed completed evaluated solved } } }`;
    const response = await graph.graphql(query, { token: graph.tokens.get(Role.DISTRICT), variables: { d: plan.district.id, s: street.id } });
    expect(response.body).toEqual({
      data: {
        district: { governanceMatterResults: expected((matter) => matter.districtId === plan.district.id) },
        street: { governanceMatterResults: expected((matter) => matter.streetId === street.id) },
      },
    });
    expect(expected((matter) => matter.districtId === plan.district.id).solved).toBeGreaterThan(0);
    // Outside its area a caller sees zeros, as for partyStatistics (asked of the party subgraph as the gateway would).
    const other = plan.streets.find((candidate) => candidate.id !== demoScenario(plan).street.id)!;
    const foreign = await entities(graph.tokens.get(Role.STREET)!, '... on Street { governanceMatterResults { proposed solved } }', [
      { __typename: 'Street', id: other.id, propertyMatterServiceCounts: [], cobuildingMatterServiceCounts: [] } as never,
    ]);
    expect(foreign.body).toEqual({ data: { _entities: [{ governanceMatterResults: { proposed: 0, solved: 0 } }] } });
    expect(expected((matter) => matter.streetId === other.id).proposed).toBeGreaterThan(0);
  });

  it('computes the figures of all communities with a fixed number of statements', async () => {
    graph.resetSqlCount();
    const response = await graph.graphql(`{ communities(first: 100) { nodes { id partyStatistics { members } } } }`, { token: graph.tokens.get(Role.DISTRICT) });
    const nodes = (response.body.data as { communities: { nodes: { id: string; partyStatistics: { members: number } }[] } }).communities.nodes;
    expect(nodes).toHaveLength(graph.plan.communities.length);
    for (const node of nodes) expect(node.partyStatistics.members).toBe(data.members.filter((row) => row.communityId === node.id).length);
    // One grouped statement for the figures asked for (members), whatever the number of communities, and one for the
    // areas' paths (who may read them).
    expect(graph.sqlStatements('party')).toBe(2);
    // Every figure: one grouped statement per table (organisations, households, stations, ratings, coverage, members,
    // cross-appointments, joint meetings, matters, branch committee posts), and one for the paths.
    graph.resetSqlCount();
    const all = await graph.graphql(`{ communities(first: 100) { nodes { id ${STATISTICS} partyStatistics { ${THREE_WAY} } } } }`, { token: graph.tokens.get(Role.DISTRICT) });
    expect(all.body.errors).toBeUndefined();
    expect(graph.sqlStatements('party')).toBe(11);
  });

  it('gives each figure the same whether asked for alone, with a few others, or with all of them', async () => {
    const { plan } = graph;
    const token = graph.tokens.get(Role.DISTRICT);
    const read = async (fields: string) => {
      const response = await graph.graphql<{ district: { partyStatistics: Record<string, unknown> } }>(`query($id: ID!) { district(id: $id) { partyStatistics { ${fields} } } }`, {
        token,
        variables: { id: plan.district.id },
      });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.district.partyStatistics;
    };
    const everything = await read(`${STATISTIC_FIELDS} ${THREE_WAY}`);
    expect(everything).toMatchObject(expectedStatistics((row) => row.districtId === plan.district.id));
    expect(everything.crossAppointmentsByKind).toHaveLength(Object.keys(CrossAppointmentKind).length);
    // The district dashboard's figures, through a fragment and an alias.
    expect(await read('... on PartyAreaStatistics { neighborhoodBranches buildingGroups } centralHouseholds stations: serviceStations fiveStarBranches')).toEqual({
      neighborhoodBranches: everything.neighborhoodBranches,
      buildingGroups: everything.buildingGroups,
      centralHouseholds: everything.centralHouseholds,
      stations: everything.serviceStations,
      fiveStarBranches: everything.fiveStarBranches,
    });
    expect(await read('crossAppointmentsByKind { kind count }')).toEqual({ crossAppointmentsByKind: everything.crossAppointmentsByKind });
    expect(await read('jointMeetingsHeld governanceMattersAgreed')).toEqual({ jointMeetingsHeld: everything.jointMeetingsHeld, governanceMattersAgreed: everything.governanceMattersAgreed });
    expect(await read('__typename')).toEqual({ __typename: 'PartyAreaStatistics' });
  });
});

const EVENT_COUNTS = `partyEventCounts(period: $period) { jointMeetingsHeld governanceMattersProposed governanceMattersWithdrawn escalationsCalled escalationsResolved serviceOrdersCompleted }`;
const ZERO_COUNTS = { jointMeetingsHeld: 0, governanceMattersProposed: 0, governanceMattersWithdrawn: 0, escalationsCalled: 0, escalationsResolved: 0, serviceOrdersCompleted: 0 };

/** The seeded events of an area inside [from, to] (days in China time), from the seeders' plans. */
function expectedEventCounts(inArea: (row: { districtId: string; streetId: string | null; communityId: string | null }) => boolean, from: string, to: string) {
  const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const inside = (day: string) => from <= day && day <= to;
  const { governance } = graph.plan;
  const { escalations, calls } = planEscalations(graph.plan);
  const raised = new Map(calls.filter((call) => call.reason === 'RAISED').map((call) => [call.escalationId, call.calledAt]));
  const now = Date.now();
  return {
    jointMeetingsHeld: governance.jointMeetings.filter(inArea).filter((meeting) => {
      const heldAt = new Date(`${meeting.heldOn}T01:30:00Z`);
      return heldAt.getTime() <= now && inside(chinaDay(heldAt));
    }).length,
    governanceMattersProposed: governance.governanceMatters.filter(inArea).filter((matter) => inside(matter.proposedOn)).length,
    governanceMattersWithdrawn: 0,
    escalationsCalled: escalations.filter(inArea).filter((row) => inside(chinaDay(raised.get(row.id)!))).length,
    escalationsResolved: escalations.filter(inArea).filter((row) => row.resolvedAt && inside(chinaDay(row.resolvedAt))).length,
    serviceOrdersCompleted: planServiceOrders(graph.plan, data.members).orders.filter(inArea).filter((row) => row.completedAt && inside(chinaDay(row.completedAt))).length,
  };
}

describe('partyEventCounts(period) on District, Street and Community', () => {
  const QUERY = `query($d: ID!, $s: ID!, $c: ID!, $period: PartyStatisticsPeriod) {
    district(id: $d) { ${EVENT_COUNTS} } street(id: $s) { ${EVENT_COUNTS} } community(id: $c) { ${EVENT_COUNTS} } }`;
  const ids = () => ({ d: graph.plan.district.id, s: graph.plan.streets[0].id, c: graph.plan.communities[0].id });

  it('counts the events inside the period at every level, in one statement per list of areas', async () => {
    const { plan } = graph;
    const period = { from: '2025-04-01', to: '2025-10-01' };
    const response = await graph.graphql(QUERY, { token: graph.tokens.get(Role.DISTRICT), variables: { ...ids(), period } });
    const district = expectedEventCounts((row) => row.districtId === plan.district.id, period.from, period.to);
    expect(response.body).toEqual({
      data: {
        district: { partyEventCounts: district },
        street: { partyEventCounts: expectedEventCounts((row) => row.streetId === plan.streets[0].id, period.from, period.to) },
        community: { partyEventCounts: expectedEventCounts((row) => row.communityId === plan.communities[0].id, period.from, period.to) },
      },
    });
    // The period cuts the seeded year: some events inside, some outside.
    const year = expectedEventCounts((row) => row.districtId === plan.district.id, '2025-01-01', '2025-12-31');
    expect(district.escalationsCalled).toBeGreaterThan(0);
    expect(district.escalationsCalled).toBeLessThan(year.escalationsCalled);
    expect(district.serviceOrdersCompleted).toBeGreaterThan(0);

    graph.resetSqlCount();
    const all = await graph.graphql(`query($period: PartyStatisticsPeriod) { communities(first: 100) { nodes { id ${EVENT_COUNTS} } } }`, { token: graph.tokens.get(Role.DISTRICT), variables: { period } });
    const nodes = (all.body.data as { communities: { nodes: { id: string; partyEventCounts: unknown }[] } }).communities.nodes;
    expect(nodes).toHaveLength(plan.communities.length);
    expect(nodes).toEqual(nodes.map(({ id }) => ({ id, partyEventCounts: expectedEventCounts((row) => row.communityId === id, period.from, period.to) })));
    // One statement for the counts of every community, one for the areas' paths (who may read them).
    expect(graph.sqlStatements('party')).toBe(2);
  });

  it('gives zeros for an empty period', async () => {
    const response = await graph.graphql(QUERY, { token: graph.tokens.get(Role.DISTRICT), variables: { ...ids(), period: { from: '2001-01-01', to: '2001-01-31' } } });
    expect(response.body).toEqual({ data: { district: { partyEventCounts: ZERO_COUNTS }, street: { partyEventCounts: ZERO_COUNTS }, community: { partyEventCounts: ZERO_COUNTS } } });
  });

  it("gives zeros outside the caller's area: a street office sees its own street's counts only", async () => {
    const { plan } = graph;
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const street = demoScenario(plan).street;
    const response = await graph.graphql(
      `query($own: ID!, $d: ID!, $period: PartyStatisticsPeriod) { own: street(id: $own) { ${EVENT_COUNTS} } district(id: $d) { ${EVENT_COUNTS} } }`,
      { token: graph.tokens.get(Role.STREET), variables: { own: street.id, d: plan.district.id, period } },
    );
    const own = expectedEventCounts((row) => row.streetId === street.id, period.from, period.to);
    expect(own.escalationsCalled).toBeGreaterThan(0);
    expect(response.body).toEqual({ data: { own: { partyEventCounts: own }, district: { partyEventCounts: ZERO_COUNTS } } });
    // A property company holds no area office: zeros for the street it serves in.
    const company = await graph.graphql(`query($own: ID!, $period: PartyStatisticsPeriod) { street(id: $own) { ${EVENT_COUNTS} } }`, {
      token: graph.tokens.get(Role.PROPERTY_COMPANY),
      variables: { own: street.id, period },
    });
    expect(company.body).toEqual({ data: { street: { partyEventCounts: ZERO_COUNTS } } });
  });

  it('refuses a period that ends before it begins, or names a day that does not exist', async () => {
    const response = await graph.graphql(`query($d: ID!, $period: PartyStatisticsPeriod) { district(id: $d) { ${EVENT_COUNTS} } }`, {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { d: graph.plan.district.id, period: { from: '2025-03-01', to: '2025-02-01' } },
    });
    expect(response.body).toEqual({
      data: { district: null },
      errors: [{ message: 'period.to must not be before period.from.', path: ['district', 'partyEventCounts'], extensions: { code: 'BAD_USER_INPUT', field: 'period.to' } }],
    });
    const unreal = await graph.graphql(`query($d: ID!, $period: PartyStatisticsPeriod) { district(id: $d) { ${EVENT_COUNTS} } }`, {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { d: graph.plan.district.id, period: { from: '2025-02-01', to: '2025-02-30' } },
    });
    expect(unreal.body).toEqual({
      data: { district: null },
      errors: [{ message: 'period must name real days, YYYY-MM-DD.', path: ['district', 'partyEventCounts'], extensions: { code: 'BAD_USER_INPUT', field: 'period' } }],
    });
  });
});

describe('Neighborhood.partyBranch', () => {
  it('gives every neighborhood its branch with member counts, in two statements for the whole list', async () => {
    graph.resetSqlCount();
    const response = await graph.graphql(`{ neighborhoods(first: 100) { nodes { id partyBranch { id form formalMemberCount probationaryMemberCount } } } }`, {
      token: graph.tokens.get(Role.RESIDENT),
    });
    const nodes = (response.body.data as { neighborhoods: { nodes: { id: string }[] } }).neighborhoods.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    const count = (branch: PartyOrganization, category: PartyMemberCategory) => data.members.filter((row) => row.organizationId === branch.id && row.category === category).length;
    expect(nodes).toEqual(
      nodes.map(({ id }) => {
        const branch = data.organizations.find((row) => row.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH && row.neighborhoodIds.includes(id))!;
        return {
          id,
          partyBranch: { id: branch.id, form: branch.form, formalMemberCount: count(branch, PartyMemberCategory.FORMAL), probationaryMemberCount: count(branch, PartyMemberCategory.PROBATIONARY) },
        };
      }),
    );
    expect(graph.sqlStatements('party')).toBe(2);
  });
});

describe('membership is sensitive', () => {
  const secretaryOf = (organizationId: string) => data.posts.find((post) => post.organizationId === organizationId && post.kind === PartyPostKind.SECRETARY)!;

  it('shows a person\'s membership and posts to the branch holding it, and not to another branch or a property company', async () => {
    const { branch } = demoScenario(graph.plan);
    const own = data.members.find((row) => row.organizationId === branch.id)!;
    const otherBranch = data.organizations.find((row) => row.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH && row.id !== branch.id && data.members.some((member) => member.organizationId === row.id))!;
    const other = data.members.find((row) => row.organizationId === otherBranch.id)!;
    const ownSecretary = secretaryOf(branch.id);
    const fragment = '... on Person { id partyMembership { id category status organization { id } } partyPosts { kind organization { id } } }';
    const people = [own.personId, other.personId].map((id) => ({ __typename: 'Person', id }));
    const postsOf = (personId: string, visible: (organizationId: string) => boolean) =>
      data.posts.filter((post) => post.personId === personId && visible(post.organizationId)).map((post) => ({ kind: post.kind, organization: { id: post.organizationId } }));
    const subtree = (organizationId: string) => organizationId === branch.id || data.organizations.find((row) => row.id === organizationId)!.ancestorIds.includes(branch.id);

    const asBranch = await entities(graph.tokens.get(Role.PARTY_BRANCH)!, fragment, people);
    expect(asBranch.body).toEqual({
      data: {
        _entities: [
          { id: own.personId, partyMembership: { id: own.id, category: own.category, status: own.status, organization: { id: branch.id } }, partyPosts: postsOf(own.personId, subtree) },
          { id: other.personId, partyMembership: null, partyPosts: postsOf(other.personId, subtree) },
        ],
      },
    });

    const asCompany = await entities(graph.tokens.get(Role.PROPERTY_COMPANY)!, fragment, [{ __typename: 'Person', id: ownSecretary.personId }, { __typename: 'Person', id: other.personId }]);
    const company = graph.plan.propertyCompanies[0];
    const covers = (organizationId: string) => data.organizations.find((row) => row.id === organizationId)!.neighborhoodIds.some((id) => company.neighborhoodIds.includes(id));
    expect(asCompany.body).toEqual({
      data: {
        _entities: [
          { id: ownSecretary.personId, partyMembership: null, partyPosts: data.posts.filter((post) => post.personId === ownSecretary.personId && post.kind === 'SECRETARY' && covers(post.organizationId)).map((post) => ({ kind: post.kind, organization: { id: post.organizationId } })) },
          { id: other.personId, partyMembership: null, partyPosts: data.posts.filter((post) => post.personId === other.personId && post.kind === 'SECRETARY' && covers(post.organizationId)).map((post) => ({ kind: post.kind, organization: { id: post.organizationId } })) },
        ],
      },
    });
    expect((asCompany.body.data as { _entities: { partyPosts: unknown[] }[] })._entities[0].partyPosts).toHaveLength(1);
  });

  it('answers Person.partyMembership through the gateway: to the holding branch, and as null to a resident', async () => {
    const { branch } = demoScenario(graph.plan);
    const own = data.members.find((row) => row.organizationId === branch.id)!;
    const query = 'query($id: ID!) { person(id: $id) { id partyMembership { category status } } }';
    expect((await graph.graphql(query, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: own.personId } })).body).toEqual({
      data: { person: { id: own.personId, partyMembership: { category: own.category, status: own.status } } },
    });
    expect((await graph.graphql(query, { token: graph.tokens.get(Role.RESIDENT), variables: { id: own.personId } })).body).toEqual({
      data: { person: { id: own.personId, partyMembership: null } },
    });
  });

  it('keeps Person.partyMember away from clients while answering it for other subgraphs', async () => {
    const member = data.members[0];
    const nonMember = graph.plan.persons.find((person) => !data.members.some((row) => row.personId === person.id))!;
    const hidden = await graph.graphql('query($id: ID!) { person(id: $id) { partyMember } }', { token: graph.tokens.get(Role.DISTRICT), variables: { id: member.personId } });
    expect(hidden.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const answered = await entities(graph.tokens.get(Role.OWNERS_COMMITTEE)!, '... on Person { id partyMember }', [{ __typename: 'Person', id: member.personId }, { __typename: 'Person', id: nonMember.id }]);
    expect(answered.body).toEqual({ data: { _entities: [{ id: member.personId, partyMember: true }, { id: nonMember.id, partyMember: false }] } });
  });

  it("refuses an organisation's members and posts to anyone but its own party office, while counts stay public", async () => {
    const { branch } = demoScenario(graph.plan);
    const query = 'query($id: ID!) { partyOrganization(id: $id) { formalMemberCount members { id } } }';
    const formal = data.members.filter((row) => row.organizationId === branch.id && row.category === PartyMemberCategory.FORMAL).length;
    const own = await graph.graphql(query, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: branch.id } });
    expect(own.body).toEqual({
      data: { partyOrganization: { formalMemberCount: formal, members: data.members.filter((row) => row.organizationId === branch.id).map(({ id }) => ({ id })) } },
    });
    for (const role of [Role.PROPERTY_COMPANY, Role.RESIDENT, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT]) {
      const response = await graph.graphql(query, { token: graph.tokens.get(role), variables: { id: branch.id } });
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: `Your role (${role}) may not read the members of ${branch.name}: only its own party office may; others see the counts.`,
            path: ['partyOrganization', 'members'],
            extensions: { code: 'FORBIDDEN', organizationId: branch.id },
          },
        ],
      });
    }
    const otherBranch = graph.plan.partyBranches.find((row) => row.id !== branch.id)!;
    const other = await graph.graphql('query($id: ID!) { partyOrganization(id: $id) { posts { kind } } }', { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: otherBranch.id } });
    expect(other.body.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['partyOrganization', 'posts']]]);
  });

  it("shows a property company the contact post of branches covering its neighborhoods only", async () => {
    const { branch } = demoScenario(graph.plan);
    const company = graph.plan.propertyCompanies[0];
    const uncovered = graph.plan.partyBranches.find((row) => !row.neighborhoodIds.some((id) => company.neighborhoodIds.includes(id)))!;
    const query = 'query($id: ID!) { partyOrganization(id: $id) { name contactPost { kind secretaryOrigin termStart termEnd person { id } } } }';
    const secretary = secretaryOf(branch.id);
    const own = await graph.graphql(query, { token: graph.tokens.get(Role.PROPERTY_COMPANY), variables: { id: branch.id } });
    expect(own.body).toEqual({
      data: {
        partyOrganization: {
          name: branch.name,
          contactPost: { kind: 'SECRETARY', secretaryOrigin: secretary.secretaryOrigin, termStart: secretary.termStart, termEnd: secretary.termEnd, person: { id: secretary.personId } },
        },
      },
    });
    const refused = await graph.graphql(query, { token: graph.tokens.get(Role.PROPERTY_COMPANY), variables: { id: uncovered.id } });
    expect(refused.body).toEqual({
      data: { partyOrganization: { name: uncovered.name, contactPost: null } },
      errors: [
        {
          message: `Your role (PROPERTY_COMPANY) may not read the contact post of ${uncovered.name}: its own party office and the property companies serving its neighborhoods may.`,
          path: ['partyOrganization', 'contactPost'],
          extensions: { code: 'FORBIDDEN', organizationId: uncovered.id },
        },
      ],
    });
  });
});

describe('entity references (_entities)', () => {
  it('resolves organisations for anyone and members only for their own party office', async () => {
    const { branch } = demoScenario(graph.plan);
    const own = data.members.find((row) => row.organizationId === branch.id)!;
    const other = data.members.find((row) => row.organizationId !== branch.id && data.organizations.find((org) => org.id === row.organizationId)!.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH)!;
    const response = await entities(graph.tokens.get(Role.PARTY_BRANCH)!, '... on PartyOrganization { id name } ... on PartyMember { id status }', [
      { __typename: 'PartyOrganization', id: branch.id },
      { __typename: 'PartyMember', id: own.id },
      { __typename: 'PartyMember', id: other.id },
    ]);
    expect(response.body).toEqual({
      data: { _entities: [{ id: branch.id, name: branch.name }, { id: own.id, status: own.status }, null] },
      errors: [
        { message: `No PartyMember with id "${other.id}" is visible to you.`, locations: [{ line: 1, column: 23 }], path: ['_entities', 2], extensions: { code: 'NOT_FOUND', typeName: 'PartyMember', id: other.id } },
      ],
    });
  });

  it('lists the members of the own subtree only', async () => {
    const { branch } = demoScenario(graph.plan);
    const response = await graph.graphql('{ partyMembers(first: 100) { totalCount nodes { id } } }', { token: graph.tokens.get(Role.PARTY_BRANCH) });
    const expected = data.members.filter((row) => row.organizationId === branch.id);
    expect(response.body).toEqual({ data: { partyMembers: { totalCount: expected.length, nodes: [...expected].sort((a, b) => a.id.localeCompare(b.id)).map(({ id }) => ({ id })) } } });
    const resident = await graph.graphql('{ partyMembers { totalCount } }', { token: graph.tokens.get(Role.RESIDENT) });
    expect(resident.body).toEqual({ data: { partyMembers: { totalCount: 0 } } });
  });

  it('resolves the registry entities it extends, and loads a whole page of organisations with a fixed number of statements', async () => {
    const { plan } = graph;
    const { branch, neighborhood } = demoScenario(plan);
    const references = await entities(graph.tokens.get(Role.RESIDENT)!, '__typename ... on Neighborhood { id partyBranch { id } } ... on Community { id partyStatistics { neighborhoodBranches } }', [
      { __typename: 'Neighborhood', id: neighborhood.id },
      { __typename: 'Community', id: branch.communityId },
    ]);
    expect(references.body).toEqual({
      data: {
        _entities: [
          { __typename: 'Neighborhood', id: neighborhood.id, partyBranch: { id: branch.id } },
          // Party figures are the area offices' to read, as every subgraph's statistics (issue 14, finding 4).
          { __typename: 'Community', id: branch.communityId, partyStatistics: { neighborhoodBranches: 0 } },
        ],
      },
    });

    graph.resetSqlCount();
    const page = await graph.graphql(
      '{ partyOrganizations(first: 100) { nodes { id parent { id } ancestors { id } children { id } descendants { id } formalMemberCount serviceStations { id } starRatings { year } district { id } } } }',
      { token: graph.tokens.get(Role.DISTRICT) },
    );
    const nodes = (page.body.data as { partyOrganizations: { nodes: { id: string; parent: { id: string } | null }[] } }).partyOrganizations.nodes;
    expect(nodes).toHaveLength(Math.min(100, data.organizations.length));
    for (const node of nodes) expect(node.parent?.id ?? null).toBe(data.organizations.find((row) => row.id === node.id)!.parentId);
    // page, organisations (parents and ancestors together), children, descendants, member counts, stations, ratings.
    expect(graph.sqlStatements('party')).toBeLessThanOrEqual(8);
  });
});
