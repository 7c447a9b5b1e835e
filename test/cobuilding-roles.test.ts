import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

describe('cobuilding reads for roles whose grant lists neighborhoods', () => {
  it.each([Role.PROPERTY_COMPANY, Role.PARTY_BRANCH, Role.OWNERS_COMMITTEE])('answers %s without errors on unit posts and report-ins', async (role) => {
    const { resident } = demoScenario(graph.plan);
    const response = await graph.graphql(
      `query($id: ID!) { person(id: $id) { unitPosts { id } } jointBuildingUnits(first: 50) { nodes { id reportIns { id } } } }`,
      { token: graph.tokens.get(role), variables: { id: resident.id } },
    );
    expect(response.body.errors).toBeUndefined();
  });
});

describe('cobuilding input the database cannot read', () => {
  it('refuses an impossible date with BAD_USER_INPUT and stores nothing', async () => {
    const { community, jointUnit } = demoScenario(graph.plan);
    const token = graph.tokens.get(Role.COMMUNITY);
    const count = async () =>
      ((await graph.graphql<{ community: { pairings: unknown[] } }>(`{ community(id: "${community.id}") { pairings { id } } }`, { token })).body.data!.community.pairings.length);
    const before = await count();
    const certificate = await graph.graphql<{ community: { placeCertificate: string } }>(`{ community(id: "${community.id}") { placeCertificate } }`, { token });
    const response = await graph.graphql('mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }', {
      token,
      variables: {
        input: {
          unitId: jointUnit.id,
          place: { certificate: certificate.body.data!.community.placeCertificate },
          startsOn: '2026-02-31',
          endsOn: '2027-02-28',
          agreement: '共建协议',
        },
      },
    });
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await count()).toBe(before);
  });
});

describe('concurrent pairings of one unit with one place', () => {
  it('records exactly one of several overlapping requests; the rest get CONFLICT', async () => {
    const { community, jointUnit } = demoScenario(graph.plan);
    const token = graph.tokens.get(Role.COMMUNITY);
    const certificate = await graph.graphql<{ community: { placeCertificate: string } }>(`{ community(id: "${community.id}") { placeCertificate } }`, { token });
    const input = {
      unitId: jointUnit.id,
      place: { certificate: certificate.body.data!.community.placeCertificate },
      startsOn: '2031-01-01',
      endsOn: '2031-12-31',
      agreement: '2031年度共建协议',
    };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => graph.graphql('mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }', { token, variables: { input } })),
    );
    const codes = responses.map((response) => (response.body.errors ? response.body.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });
});
