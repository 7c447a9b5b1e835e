import { randomUUID } from 'node:crypto';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import type { PersonalDataAccess } from '../subgraphs/registry/src/audit/personal-data-access.entity.js';
import { startGraph, gatewayHeaders, hostEntity, type GraphStack } from './harness/graph-stack.js';

// Findings of the outside probe (issue 14) that the mutation matrix and the malformed-input suite do not already show.
let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONTACT = 'query($id: ID!, $purpose: String!) { person(id: $id) { contact(purpose: $purpose) { name phone } } }';

async function contactWithRequestId(requestId: string) {
  const person = graph.plan.persons.find((p) => p.communityId === demoScenario(graph.plan).community.id)!;
  const response = await fetch(graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.tokens.get(Role.COMMUNITY)}`, 'x-request-id': requestId },
    body: JSON.stringify({ query: CONTACT, variables: { id: person.id, purpose: `回访${randomUUID().slice(0, 8)}` } }),
  });
  const body = await response.json();
  const [row] = await graph.subgraphs.get('registry')!.orm.em.fork().find(hostEntity<PersonalDataAccess>(graph, 'registry', 'PersonalDataAccess'), { personId: person.id }, { orderBy: { occurredAt: "desc" }, limit: 1 });
  return { body, echoed: response.headers.get('x-request-id'), audited: row.requestId, person };
}

describe('7. the request id in the access audit is the server\'s', () => {
  it('replaces a client id that is not a UUID (106 characters, forged text) and keeps a UUID', async () => {
    const long = await contactWithRequestId('x'.repeat(106));
    expect(long.body).toEqual({ data: { person: { contact: { name: long.person.name, phone: long.person.phone } } } });
    expect(long.audited).toMatch(UUID);
    expect(long.echoed).toBe(long.audited);
    const uuid = randomUUID();
    expect((await contactWithRequestId(uuid)).audited).toBe(uuid);
  });
});

describe('8. a validly signed token with an inherited property name as its role', () => {
  it.each(['__proto__', 'constructor', 'toString'])('refuses role %s at the gateway and at a subgraph', async (role) => {
    const token = await graph.issuer.issue('odd', { role: role as Role }, { expiresIn: '1h' });
    const refusal = { errors: [{ message: 'Your token is not usable: claim role is missing or unknown.', extensions: { code: 'UNAUTHENTICATED' } }] };
    const response = await graph.graphql('{ districts { totalCount } }', { token });
    expect(response).toEqual({ status: 401, body: refusal });
    const direct = await graph.subgraphRequest('registry', { query: '{ districts { totalCount } }' }, gatewayHeaders('registry', token));
    expect(direct.body).toEqual(refusal);
  });
});

describe('1. a district changes only companies that work in it', () => {
  const UPDATE = 'mutation($input: UpdatePropertyCompanyInput!) { updatePropertyCompany(input: $input) { status version } }';
  it('gives another district NOT_FOUND and stores nothing; the company\'s own district may, with a version check', async () => {
    const { company } = demoScenario(graph.plan);
    const elsewhere = await graph.issuer.issue('other-district', { role: Role.DISTRICT, grant: { districtIds: [randomUUID()] } }, { expiresIn: '1h' });
    expect((await graph.graphql(UPDATE, { token: elsewhere, variables: { input: { id: company.id, status: 'SUSPENDED' } } })).body).toEqual({
      data: null,
      errors: [{ message: `No PropertyCompany with id "${company.id}" is visible to you.`, path: ['updatePropertyCompany'], extensions: { code: 'NOT_FOUND', typeName: 'PropertyCompany', id: company.id } }],
    });
    const read = await graph.graphql<{ propertyCompany: { status: string; version: number } }>('query($id: ID!) { propertyCompany(id: $id) { status version } }', {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { id: company.id },
    });
    expect(read.body.data!.propertyCompany.status).toBe('ACTIVE');
    const version = read.body.data!.propertyCompany.version;
    const stale = await graph.graphql(UPDATE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { id: company.id, status: 'SUSPENDED', expectedVersion: version + 1 } } });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await graph.graphql(UPDATE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { id: company.id, status: 'ACTIVE', expectedVersion: version } } })).body).toEqual({
      data: { updatePropertyCompany: { status: 'ACTIVE', version: expect.any(Number) } },
    });
  });
});

describe('9. no existence oracle', () => {
  it('submitServiceRequest answers a foreign neighborhood and a random id alike', async () => {
    const { community } = demoScenario(graph.plan);
    const served = graph.plan.propertyCompanies.flatMap((c) => c.neighborhoodIds);
    const foreign = graph.plan.neighborhoods.find((n) => n.communityId !== community.id && served.includes(n.id))!;
    const submit = (neighborhoodId: string) =>
      graph.graphql('mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id } }', {
        token: graph.tokens.get(Role.COMMUNITY),
        variables: { input: { neighborhoodId, residentPersonId: graph.plan.persons[0].id, category: 'NOISE', location: '5号楼', description: '夜间施工噪音' } },
      });
    const [forForeign, forRandom] = [(await submit(foreign.id)).body, (await submit(randomUUID())).body];
    expect(forForeign).toEqual(forRandom);
    expect(forForeign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('registerPartyNeighborhood takes a registry place certificate: a forged one is refused like any other', async () => {
    const response = await graph.graphql('mutation($input: RegisterPartyNeighborhoodInput!) { registerPartyNeighborhood(input: $input) { id } }', {
      token: graph.tokens.get(Role.COMMUNITY),
      variables: { input: { placeCertificate: 'forged.certificate' } },
    });
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('3. a resident posts a micro-wish only where they live or own a unit', () => {
  it('refuses another neighborhood\'s certificate', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const other = graph.plan.neighborhoods.find((n) => n.id !== neighborhood.id)!;
    const certificate = await graph.graphql<{ neighborhood: { placeCertificate: string } }>('query($id: ID!) { neighborhood(id: $id) { placeCertificate } }', {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { id: other.id },
    });
    const response = await graph.graphql('mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { id } }', {
      token: graph.tokens.get(Role.RESIDENT),
      variables: { input: { title: '想要一个晾衣架', place: { certificate: certificate.body.data!.neighborhood.placeCertificate } } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message: 'A resident may post micro-wishes only in a neighborhood where they live or own a unit.', path: ['postMicroWish'], extensions: { code: 'FORBIDDEN' } }],
    });
  });
});

describe('4. statistics: one rule in every subgraph', () => {
  const STATISTICS = `query($id: ID!) { community(id: $id) {
    partyStatistics { neighborhoodBranches members centralHouseholds }
    ownersStatistics { eligibleNeighborhoods neighborhoodsWithCommittee }
    propertyStatistics { coveredNeighborhoodCount companyCount }
    cobuildingStatistics { pairings wishesPosted } } }`;
  const counts = (body: { data?: unknown; errors?: unknown }) => {
    expect(body.errors).toBeUndefined();
    const community = (body.data as { community: Record<string, Record<string, number>> }).community;
    return Object.fromEntries(Object.entries(community).map(([subgraph, figures]) => [subgraph, Object.values(figures).reduce((sum, value) => sum + value, 0)]));
  };
  const nothing = { partyStatistics: 0, ownersStatistics: 0, propertyStatistics: 0, cobuildingStatistics: 0 };

  it('gives the area office its figures from all four subgraphs, another district zeros from all four, a resident no area figures', async () => {
    const { community } = demoScenario(graph.plan);
    const read = async (token: string | undefined) => counts((await graph.graphql(STATISTICS, { token, variables: { id: community.id } })).body);
    const own = await read(graph.tokens.get(Role.COMMUNITY));
    for (const subgraph of Object.keys(nothing)) expect({ subgraph, positive: own[subgraph] > 0 }).toEqual({ subgraph, positive: true });
    // A resident reads no area; owners counts the one neighborhood it may read (the resident's own home) and no other.
    expect(await read(graph.tokens.get(Role.RESIDENT))).toEqual({ ...nothing, ownersStatistics: 2 });
    const elsewhere = await graph.issuer.issue('other-district', { role: Role.DISTRICT, grant: { districtIds: [randomUUID()] } }, { expiresIn: '1h' });
    // Another district cannot even name the community through the gateway; asked directly, each subgraph answers zeros.
    expect((await graph.graphql(STATISTICS, { token: elsewhere, variables: { id: community.id } })).body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const fields = { party: 'partyStatistics { neighborhoodBranches members centralHouseholds }', property: 'propertyStatistics { coveredNeighborhoodCount companyCount }', cobuilding: 'cobuildingStatistics { pairings wishesPosted }' };
    for (const [subgraph, selection] of Object.entries(fields)) {
      const direct = await graph.subgraphRequest(
        subgraph,
        { query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { ${selection} } } }`, variables: { r: [{ __typename: 'Community', id: community.id }] } },
        gatewayHeaders(subgraph, elsewhere),
      );
      const figures = Object.values(((direct.body.data as { _entities: Record<string, Record<string, number>>[] })._entities[0]))[0];
      expect({ subgraph, sum: Object.values(figures).reduce((sum, value) => sum + value, 0) }).toEqual({ subgraph, sum: 0 });
    }
  });
});
