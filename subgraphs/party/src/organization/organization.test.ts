/* eslint-disable max-lines -- the party organisation tree: reading it, forming a branch, refused writes, database rules: one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { gatewayHeaders, startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../../seeders/party.seeder.js';
import { PartyOrganizationKind } from './organization-kinds.js';
import { PartyMemberCategory } from '../member/member-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const organizationsOfKind = (kind: PartyOrganizationKind) => data.organizations.filter((row) => row.kind === kind);

const CREATE = `mutation($input: CreatePartyOrganizationInput!) {
  createPartyOrganization(input: $input) { name kind form parent { id } neighborhoods { id } formationOverrideReason formationOverriddenBy }
}`;
const COUNT = `{ partyOrganizations { totalCount } }`;

describe('the organisation tree', () => {
  it('walks from the street working committee to the central households of the demo branch', async () => {
    const { branch } = demoScenario(graph.plan);
    const community = graph.plan.communities.find((candidate) => candidate.id === branch.communityId)!;
    const streetCommittee = data.organizations.find((row) => row.kind === PartyOrganizationKind.STREET_WORKING_COMMITTEE && row.streetId === community.streetId)!;
    const communityCommittee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
    const groups = data.organizations.filter((row) => row.parentId === branch.id);
    const response = await graph.graphql(
      `query($id: ID!) { partyOrganization(id: $id) { name kind children { id name kind children { id kind children { id kind
          centralHouseholds { member { person { id } } household { id } servedHouseholdCount } } } } } }`,
      { token: graph.tokens.get(Role.DISTRICT), variables: { id: streetCommittee.id } },
    );
    const tree = response.body.data!.partyOrganization as {
      name: string;
      children: { id: string; kind: string; children: { id: string; children: { id: string; centralHouseholds: unknown[] }[] }[] }[];
    };
    expect(tree.name).toBe(streetCommittee.name);
    expect(byId(tree.children).map((child) => child.id)).toEqual(byId(data.organizations.filter((row) => row.parentId === streetCommittee.id)).map((row) => row.id));
    const branchNode = tree.children.find((child) => child.id === communityCommittee.id)!.children.find((child) => child.id === branch.id)!;
    expect(byId(branchNode.children)).toEqual(
      byId(groups).map((group) => ({
        id: group.id,
        kind: 'BUILDING_GROUP',
        centralHouseholds: data.households
          .filter((household) => household.organizationId === group.id)
          .map((household) => ({
            member: { person: { id: data.members.find((member) => member.id === household.memberId)!.personId } },
            household: { id: household.householdUnitId },
            servedHouseholdCount: household.servedUnitIds.length,
          })),
      })),
    );
    expect(groups.some((group) => data.households.some((household) => household.organizationId === group.id))).toBe(true);
  });

  it('lists ancestors root first and descendants of any depth', async () => {
    const group = organizationsOfKind(PartyOrganizationKind.BUILDING_GROUP)[0];
    const streetCommittee = data.organizations.find((row) => row.id === group.ancestorIds[0])!;
    const response = await graph.graphql(
      `query($group: ID!, $root: ID!) {
        group: partyOrganization(id: $group) { ancestors { id kind } }
        root: partyOrganization(id: $root) { descendants(kind: NEIGHBORHOOD_BRANCH) { id } all: descendants { id } }
      }`,
      { token: graph.tokens.get(Role.RESIDENT), variables: { group: group.id, root: streetCommittee.id } },
    );
    const root = response.body.data!.root as { descendants: { id: string }[]; all: { id: string }[] };
    expect(response.body.data!.group).toEqual({
      ancestors: group.ancestorIds.map((id) => ({ id, kind: data.organizations.find((row) => row.id === id)!.kind })),
    });
    const below = data.organizations.filter((row) => row.ancestorIds.includes(streetCommittee.id));
    expect(byId(root.descendants)).toEqual(byId(below.filter((row) => row.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH)).map(({ id }) => ({ id })));
    expect(byId(root.all)).toEqual(byId(below).map(({ id }) => ({ id })));
  });

  it('seeds the branches with the plan ids and the company and unit organisations with their partyOrganizationIds', async () => {
    const expected = [
      ...graph.plan.partyBranches.map((branch) => ({ id: branch.id, kind: 'NEIGHBORHOOD_BRANCH', form: branch.kind, hostOrganizationId: null })),
      ...graph.plan.propertyCompanies.filter((company) => company.partyOrganizationId).map((company) => ({ id: company.partyOrganizationId!, kind: 'PROPERTY_COMPANY_BRANCH', form: null, hostOrganizationId: company.id })),
      ...graph.plan.jointUnits.filter((unit) => unit.partyOrganizationId).map((unit) => ({ id: unit.partyOrganizationId!, kind: 'JOINT_UNIT_ORGANIZATION', form: null, hostOrganizationId: unit.id })),
    ];
    const response = await graph.subgraphRequest(
      'party',
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyOrganization { id kind form hostOrganizationId } } }', variables: { r: expected.map(({ id }) => ({ __typename: 'PartyOrganization', id })) } },
      gatewayHeaders('party', graph.tokens.get(Role.RESIDENT)!),
    );
    expect(response.body).toEqual({ data: { _entities: expected } });
  });

  it('reports no uncovered neighborhood in the demo district, and refuses coverage to a branch', async () => {
    const { street } = demoScenario(graph.plan);
    const query = 'query($id: ID!) { neighborhoodsWithoutPartyBranch(areaId: $id) { id } }';
    expect((await graph.graphql(query, { token: graph.tokens.get(Role.STREET), variables: { id: street.id } })).body).toEqual({ data: { neighborhoodsWithoutPartyBranch: [] } });
    const refused = await graph.graphql(query, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: street.id } });
    expect(refused.body).toEqual({
      data: null,
      errors: [{ message: 'Your role (PARTY_BRANCH) may not read coverage of this street: its own area offices may.', path: ['neighborhoodsWithoutPartyBranch'], extensions: { code: 'FORBIDDEN' } }],
    });
  });
});

describe('forming a neighborhood branch (单建 needs 3 formal members)', () => {
  const registerNeighborhood = async (communityId: string) => {
    const created = await graph.graphql<{ createNeighborhood: { id: string; placeCertificate: string } }>(
      'mutation($input: CreateNeighborhoodInput!) { createNeighborhood(input: $input) { id placeCertificate } }',
      { token: graph.tokens.get(Role.COMMUNITY), variables: { input: { communityId, name: `新小区${randomUUID().slice(0, 6)}` } } },
    );
    const { id, placeCertificate } = created.body.data!.createNeighborhood;
    const response = await graph.graphql('mutation($input: RegisterPartyNeighborhoodInput!) { registerPartyNeighborhood(input: $input) { id } }', {
      token: graph.tokens.get(Role.COMMUNITY),
      variables: { input: { placeCertificate } },
    });
    expect(response.body).toEqual({ data: { registerPartyNeighborhood: { id } } });
    return id;
  };

  it('refuses a single branch below 3 formal members, and stores nothing', async () => {
    const { community } = demoScenario(graph.plan);
    const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
    const neighborhoodId = await registerNeighborhood(community.id);
    const coverage = await graph.graphql('query($id: ID!) { neighborhoodsWithoutPartyBranch(areaId: $id) { id } }', { token: graph.tokens.get(Role.COMMUNITY), variables: { id: community.id } });
    expect(coverage.body).toEqual({ data: { neighborhoodsWithoutPartyBranch: [{ id: neighborhoodId }] } });
    const before = await graph.graphql(COUNT, { token: graph.tokens.get(Role.COMMUNITY) });
    const response = await graph.graphql(CREATE, {
      token: graph.tokens.get(Role.COMMUNITY),
      variables: { input: { name: '新建小区党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'SINGLE', parentId: committee.id, neighborhoodIds: [neighborhoodId] } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'This neighborhood has 0 formal party member(s) living there; a SINGLE branch needs at least 3. Form a JOINT branch with neighboring neighborhoods, or record why it must stand alone in formationOverrideReason.',
          path: ['createPartyOrganization'],
          extensions: { code: 'BAD_USER_INPUT', field: 'form', formalMembers: 0, required: 3 },
        },
      ],
    });
    expect(await graph.graphql(COUNT, { token: graph.tokens.get(Role.COMMUNITY) })).toEqual(before);
  });

  it('records an explicit override with its reason and account', async () => {
    const { community } = demoScenario(graph.plan);
    const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
    const neighborhoodId = await registerNeighborhood(community.id);
    const response = await graph.graphql(CREATE, {
      token: graph.tokens.get(Role.COMMUNITY),
      variables: {
        input: { name: '新建小区党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'SINGLE', parentId: committee.id, neighborhoodIds: [neighborhoodId], formationOverrideReason: '新交付小区，党员正在迁入' },
      },
    });
    expect(response.body).toEqual({
      data: {
        createPartyOrganization: {
          name: '新建小区党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'SINGLE', parent: { id: committee.id }, neighborhoods: [{ id: neighborhoodId }],
          formationOverrideReason: '新交付小区，党员正在迁入', formationOverriddenBy: 'demo-community',
        },
      },
    });
  });

  it('allows a single branch once 3 formal members live there, and refuses covering a neighborhood twice', async () => {
    const { community } = demoScenario(graph.plan);
    const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
    const neighborhoodId = await registerNeighborhood(community.id);
    const people = graph.plan.persons.filter((person) => person.communityId === community.id && !data.members.some((member) => member.personId === person.id)).slice(0, 3);
    for (const person of people) {
      const added = await graph.graphql('mutation($input: AddPartyMemberInput!) { addPartyMember(input: $input) { category status } }', {
        token: graph.tokens.get(Role.COMMUNITY),
        variables: { input: { personId: person.id, organizationId: committee.id, category: PartyMemberCategory.FORMAL, status: 'RETIRED', residenceNeighborhoodId: neighborhoodId } },
      });
      expect(added.body).toEqual({ data: { addPartyMember: { category: 'FORMAL', status: 'RETIRED' } } });
    }
    const input = { name: '第三小区党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'SINGLE', parentId: committee.id, neighborhoodIds: [neighborhoodId] };
    const created = await graph.graphql(CREATE, { token: graph.tokens.get(Role.COMMUNITY), variables: { input } });
    expect(created.body).toEqual({
      data: {
        createPartyOrganization: {
          name: '第三小区党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'SINGLE', parent: { id: committee.id }, neighborhoods: [{ id: neighborhoodId }],
          formationOverrideReason: null, formationOverriddenBy: null,
        },
      },
    });
    const again = await graph.graphql(CREATE, { token: graph.tokens.get(Role.COMMUNITY), variables: { input: { ...input, name: '重复党支部' } } });
    expect(again.body).toEqual({
      data: null,
      errors: [
        {
          message: 'A neighborhood listed is already covered by 第三小区党支部: a neighborhood belongs to one branch.',
          path: ['createPartyOrganization'],
          extensions: { code: 'CONFLICT', organizationId: expect.any(String) },
        },
      ],
    });
  });
});

describe('refused out-of-scope writes', () => {
  it('refuses a branch creating a sibling, another community creating in this one, and a resident; nothing is stored', async () => {
    const { community, branch } = demoScenario(graph.plan);
    const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
    const otherCommunity = graph.plan.communities.find((candidate) => candidate.id !== community.id)!;
    const otherCommunityToken = await graph.issuer.issue('other-community', { role: Role.COMMUNITY, grant: { communityIds: [otherCommunity.id] } });
    const input = { name: '越权党支部', kind: 'RETIRED_MEMBERS_BRANCH', parentId: committee.id };
    const before = await graph.graphql(COUNT, { token: graph.tokens.get(Role.DISTRICT) });
    for (const [token, role] of [
      [graph.tokens.get(Role.PARTY_BRANCH)!, 'PARTY_BRANCH'],
      [otherCommunityToken, 'COMMUNITY'],
      [graph.tokens.get(Role.RESIDENT)!, 'RESIDENT'],
      [graph.tokens.get(Role.PROPERTY_COMPANY)!, 'PROPERTY_COMPANY'],
    ] as const) {
      const response = await graph.graphql(CREATE, { token, variables: { input } });
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: `Your role (${role}) may not create organisations in ${committee.name}: only the party office responsible for it may (its own branch, or the community, street or district above it).`,
            path: ['createPartyOrganization'],
            extensions: { code: 'FORBIDDEN', organizationId: committee.id },
          },
        ],
      });
    }
    expect(await graph.graphql(COUNT, { token: graph.tokens.get(Role.DISTRICT) })).toEqual(before);
    // The branch may act below itself: a second group for a building that has one is a conflict, not a refusal.
    const group = data.organizations.find((row) => row.parentId === branch.id)!;
    const duplicate = await graph.graphql(CREATE, {
      token: graph.tokens.get(Role.PARTY_BRANCH),
      variables: { input: { name: '重复党小组', kind: 'BUILDING_GROUP', parentId: branch.id, buildingId: group.buildingId } },
    });
    expect(duplicate.body.errors).toEqual([
      { message: 'This building already has a party group.', path: ['createPartyOrganization'], extensions: { code: 'CONFLICT' } },
    ]);
  });

  it('refuses a neighborhood of another community in a branch', async () => {
    const { community } = demoScenario(graph.plan);
    const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
    const foreign = graph.plan.neighborhoods.find((neighborhood) => neighborhood.communityId !== community.id)!;
    const response = await graph.graphql(CREATE, {
      token: graph.tokens.get(Role.COMMUNITY),
      variables: { input: { name: '跨社区党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'GRID', parentId: committee.id, neighborhoodIds: [foreign.id] } },
    });
    expect(response.body.errors).toEqual([
      {
        message: "Every neighborhood of a branch must lie in the parent committee's community.",
        path: ['createPartyOrganization'],
        extensions: { code: 'BAD_USER_INPUT', field: 'neighborhoodIds' },
      },
    ]);
  });
});

describe('rules the database holds as well', () => {
  it('refuses a second branch over a covered neighborhood and a star rating moving backwards, even written directly', async () => {
    // As the party service's own role: it may write these tables, and the triggers still refuse.
    const client = new pg.Client({ connectionString: graph.runtimeDatabaseUrls.get('party') });
    await client.connect();
    try {
      const branch = graph.plan.partyBranches[0];
      const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === branch.communityId)!;
      await expect(
        client.query(
          `insert into party.organization (id, created_at, updated_at, name, kind, form, parent_id, ancestor_ids, district_id, street_id, community_id, neighborhood_ids)
           values ($1, now(), now(), 'x', 'NEIGHBORHOOD_BRANCH', 'GRID', $2, $3, $4, $5, $6, $7)`,
          [randomUUID(), committee.id, [...committee.ancestorIds, committee.id], committee.districtId, committee.streetId, committee.communityId, [branch.neighborhoodIds[0]]],
        ),
      ).rejects.toThrow(/already covered by another branch/);
      await expect(client.query(`update party.star_rating set status = 'APPLIED' where organization_id = $1`, [branch.id])).rejects.toThrow(/cannot go from APPROVED to APPLIED/);
    } finally {
      await client.end();
    }
  });
});
