import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planHeads, SEEDED_HEAD_TERM } from '../../seeders/neighborhood-head.seeder.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const FIELDS = 'kind selection entranceNumber gridName termStart termEnd appointedBy endedOn endedBy endReason inForce partyMember person { id } building { id } neighborhood { id } organization { id }';
const APPOINT = `mutation($input: AppointNeighborhoodHeadInput!) { appointNeighborhoodHead(input: $input) { id version ${FIELDS} } }`;
const END = `mutation($input: EndNeighborhoodHeadInput!) { endNeighborhoodHead(input: $input) { ${FIELDS} } }`;
const HEADS = `query($id: ID!, $all: Boolean!) { neighborhood(id: $id) { neighborhoodHeads(includeEnded: $all) { id kind building { id } entranceNumber endedOn } } }`;
const ONE = `query($id: ID!) { neighborhoodHead(id: $id) { kind person { id name phone } } }`;
const PERSON = 'query($id: ID!) { person(id: $id) { id name phone } }';
const STATS = 'query($id: ID!) { community(id: $id) { headStatistics { buildingHeads entranceHeads gridHeads selfNominated residentRecommended organizationNominated } } }';

const refusal = (path: string, message: string, code: string) => ({ data: null, errors: [{ message, path: [path], extensions: { code } }] });

describe('三长 appointments (楼栋长/单元长/网格长)', () => {
  it('lets the branch appoint and end an entrance head, keeps the history, and counts only heads in office', async () => {
    const { branch, neighborhood, community, company, resident } = demoScenario(graph.plan);
    const building = graph.plan.buildings.find((candidate) => candidate.neighborhoodId === neighborhood.id)!;
    const person = graph.plan.persons.find((candidate) => candidate.residenceNeighborhoodId === neighborhood.id && candidate.id !== resident.id)!;
    const branchToken = graph.tokens.get(Role.PARTY_BRANCH);
    const statsBefore = await graph.graphql(STATS, { token: graph.tokens.get(Role.COMMUNITY), variables: { id: community.id } });
    const before = (statsBefore.body.data as { community: { headStatistics: Record<string, number> } }).community.headStatistics;
    const seeded = planHeads(graph.plan).filter((head) => head.communityId === community.id);
    expect(before.buildingHeads).toBe(seeded.filter((head) => head.kind === 'BUILDING_HEAD').length);

    const input = { kind: 'ENTRANCE_HEAD', personId: person.id, selection: 'RESIDENT_RECOMMENDATION', buildingId: building.id, entranceNumber: 2, termStart: '2026-01-01', termEnd: '2030-12-31' };
    const appointed = await graph.graphql(APPOINT, { token: branchToken, variables: { input } });
    const head = (appointed.body.data as { appointNeighborhoodHead: { id: string; version: number } }).appointNeighborhoodHead;
    const view = {
      kind: 'ENTRANCE_HEAD', selection: 'RESIDENT_RECOMMENDATION', entranceNumber: 2, gridName: null, termStart: '2026-01-01', termEnd: '2030-12-31',
      appointedBy: 'demo-party-branch', person: { id: person.id }, building: { id: building.id }, neighborhood: { id: neighborhood.id }, organization: { id: branch.id },
    };
    expect(appointed.body).toEqual({
      data: { appointNeighborhoodHead: { id: head.id, version: 1, ...view, endedOn: null, endedBy: null, endReason: null, inForce: true, partyMember: expect.any(Boolean) } },
    });

    // A second head for the same entrance and term is refused.
    expect((await graph.graphql(APPOINT, { token: branchToken, variables: { input: { ...input, selection: 'SELF_NOMINATION' } } })).body).toEqual(
      refusal('appointNeighborhoodHead', 'This entrance already has a head for part of that term: end that appointment first.', 'CONFLICT'),
    );

    // The contracted company reads the head; the person comes from the registry, masked exactly as the registry masks it for that caller.
    const companyToken = graph.tokens.get(Role.PROPERTY_COMPANY);
    expect(company.neighborhoodIds).toContain(neighborhood.id);
    const seen = await graph.graphql(ONE, { token: companyToken, variables: { id: head.id } });
    const registryView = await graph.graphql(PERSON, { token: companyToken, variables: { id: person.id } });
    expect(seen.body).toEqual({ data: { neighborhoodHead: { kind: 'ENTRANCE_HEAD', person: (registryView.body.data as { person: unknown }).person } } });

    // A resident who is not the head reads nothing: not found by id, an empty list on the neighborhood.
    expect((await graph.graphql(ONE, { token: graph.tokens.get(Role.RESIDENT), variables: { id: head.id } })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await graph.graphql(HEADS, { token: graph.tokens.get(Role.RESIDENT), variables: { id: neighborhood.id, all: true } })).body).toEqual({ data: { neighborhood: { neighborhoodHeads: [] } } });

    // The property company may read but not end it.
    const end = { headId: head.id, expectedVersion: head.version, reason: '搬离本小区' };
    expect((await graph.graphql(END, { token: companyToken, variables: { input: end } })).body).toEqual(
      refusal('endNeighborhoodHead', "Your role (PROPERTY_COMPANY) may not end heads here: the neighborhood's branch does, or the community, street or district office above it.", 'FORBIDDEN'),
    );
    expect((await graph.graphql(END, { token: branchToken, variables: { input: { ...end, expectedVersion: 7 } } })).body).toEqual(
      refusal('endNeighborhoodHead', 'This appointment is at version 1, not 7: someone changed it since you read it. Reload and try again.', 'CONFLICT'),
    );
    const ended = await graph.graphql(END, { token: branchToken, variables: { input: end } });
    const endedOn = new Date().toISOString().slice(0, 10);
    expect(ended.body).toEqual({
      data: { endNeighborhoodHead: { ...view, endedOn: '2026-01-01' > endedOn ? '2026-01-01' : endedOn, endedBy: 'demo-party-branch', endReason: '搬离本小区', inForce: false, partyMember: expect.any(Boolean) } },
    });
    const list = async (all: boolean) =>
      ((await graph.graphql(HEADS, { token: branchToken, variables: { id: neighborhood.id, all } })).body.data as { neighborhood: { neighborhoodHeads: { id: string }[] } }).neighborhood.neighborhoodHeads.map((row) => row.id);
    expect(await list(false)).not.toContain(head.id);
    expect(await list(true)).toContain(head.id);

    const after = await graph.graphql(STATS, { token: graph.tokens.get(Role.COMMUNITY), variables: { id: community.id } });
    expect(after.body).toEqual({ data: { community: { headStatistics: before } } });
  });

  it('refuses another branch, a grid head without a grid name and a building outside the register', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const other = graph.plan.partyBranches.find((candidate) => !candidate.neighborhoodIds.includes(neighborhood.id))!;
    const building = graph.plan.buildings.find((candidate) => other.neighborhoodIds.includes(candidate.neighborhoodId))!;
    const person = graph.plan.persons[0];
    const base = { personId: person.id, selection: 'SELF_NOMINATION', ...SEEDED_HEAD_TERM };
    expect((await graph.graphql(APPOINT, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { ...base, kind: 'BUILDING_HEAD', buildingId: building.id } } })).body).toEqual(
      refusal('appointNeighborhoodHead', "Your role (PARTY_BRANCH) may not appoint heads here: the neighborhood's branch does, or the community, street or district office above it.", 'FORBIDDEN'),
    );
    const grid = await graph.graphql(APPOINT, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { ...base, kind: 'GRID_HEAD', neighborhoodId: neighborhood.id } } });
    expect(grid.body).toEqual({ data: null, errors: [{ message: 'A GRID_HEAD needs gridName.', path: ['appointNeighborhoodHead'], extensions: { code: 'BAD_USER_INPUT', field: 'gridName' } }] });
    const missing = '00000000-0000-4000-8000-00000000abcd';
    const unknown = await graph.graphql(APPOINT, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { ...base, kind: 'BUILDING_HEAD', buildingId: missing } } });
    expect(unknown.body).toEqual({
      data: null,
      errors: [{ message: `buildingId "${missing}" is not a building in the party register of places.`, path: ['appointNeighborhoodHead'], extensions: { code: 'BAD_USER_INPUT', field: 'buildingId' } }],
    });
  });
});
