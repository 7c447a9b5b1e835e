/* eslint-disable max-lines -- who sees which of property's records (a company's neighborhoods, an area, contract history, statistics, batching, posts): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { Role } from '../../platform/access/role.js';
import { startGraph, gatewayHeaders, type GraphStack } from '../../../test/harness/graph-stack.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { planPropertyDemo, type PropertyDemo } from '../seeders/property-demo-plan.js';
import { ratio } from './statistics/exact-rate.js';
import { toCents } from './fee/fee-collection.entity.js';

let graph: GraphStack;
let demo: PropertyDemo;
beforeAll(async () => {
  graph = await startGraph();
  demo = planPropertyDemo(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const notFound = (typeName: string, id: string, path: (string | number)[]) => ({
  message: `No ${typeName} with id "${id}" is visible to you.`,
  path,
  extensions: { code: 'NOT_FOUND', typeName, id },
});

/** What a request set should count, computed from the seeded rows. */
function expectedRequestStatistics(requests: PropertyDemo['requests']) {
  const completed = requests.filter((r) => r.status === 'RESOLVED' || r.status === 'EVALUATED').length;
  const evaluated = requests.filter((r) => r.status === 'EVALUATED');
  const satisfied = evaluated.filter((r) => r.satisfaction! >= 4).length;
  return {
    total: requests.length,
    completed,
    evaluated: evaluated.length,
    satisfied,
    completionRate: ratio(completed, requests.length),
    satisfactionRate: ratio(satisfied, evaluated.length),
    averageSatisfaction: ratio(evaluated.reduce((sum, r) => sum + r.satisfaction!, 0), evaluated.length),
  };
}
const STATISTICS = 'total completed evaluated satisfied completionRate satisfactionRate averageSatisfaction';

const activeContract = (neighborhoodId: string) => demo.contracts.find((c) => c.neighborhoodId === neighborhoodId && c.endedOn === null)!;

describe('a property company sees exactly its contracted neighborhoods (my neighborhoods)', () => {
  it('lists its neighborhoods with their contract, company and requests, and exactly its active contracts', async () => {
    const { plan } = graph;
    const company = plan.propertyCompanies[0];
    const mine = plan.neighborhoods.filter((n) => company.neighborhoodIds.includes(n.id)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    const response = await graph.graphql(
      `{ neighborhoods(first: 100) { nodes { id propertyContract { id active } propertyCompany { id } serviceRequests(first: 100) { totalCount nodes { id } } } }
         serviceContracts(first: 100) { totalCount nodes { id } } }`,
      { token: graph.tokens.get(Role.PROPERTY_COMPANY)! },
    );
    const requestsOf = (id: string) => demo.requests.filter((r) => r.neighborhoodId === id).sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
    const ownActive = demo.contracts.filter((c) => c.companyId === company.id && c.endedOn === null).sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.id < b.id ? -1 : 1));
    // The company also has ended contracts in the demo (history), which it no longer sees.
    expect(demo.contracts.some((c) => c.companyId === company.id && c.endedOn !== null)).toBe(true);
    expect(response.body).toEqual({
      data: {
        neighborhoods: {
          nodes: mine.map((n) => ({
            id: n.id,
            propertyContract: { id: activeContract(n.id).id, active: true },
            propertyCompany: { id: company.id },
            serviceRequests: { totalCount: requestsOf(n.id).length, nodes: requestsOf(n.id).map((r) => ({ id: r.id })) },
          })),
        },
        serviceContracts: { totalCount: ownActive.length, nodes: ownActive.map((c) => ({ id: c.id })) },
      },
    });
  });

  it("gets nothing of another company's neighborhood by any path", async () => {
    const { plan } = graph;
    const other = plan.propertyCompanies[1];
    const neighborhoodId = other.neighborhoodIds[0];
    const contract = activeContract(neighborhoodId);
    const request = demo.requests.find((r) => r.neighborhoodId === neighborhoodId)!;
    const community = plan.neighborhoods.find((n) => n.id === neighborhoodId)!.communityId;
    const token = graph.tokens.get(Role.PROPERTY_COMPANY)!;
    const refused = async (query: string, variables: Record<string, string>) => (await graph.graphql(query, { token, variables })).body;
    expect(await refused(`query($id: ID!) { neighborhood(id: $id) { id propertyContract { id } } }`, { id: neighborhoodId })).toEqual({
      data: null,
      errors: [notFound('Neighborhood', neighborhoodId, ['neighborhood'])],
    });
    expect(await refused(`query($id: ID!) { serviceContract(id: $id) { id } }`, { id: contract.id })).toEqual({
      data: null,
      errors: [notFound('ServiceContract', contract.id, ['serviceContract'])],
    });
    expect(await refused(`query($id: ID!) { serviceRequest(id: $id) { id } }`, { id: request.id })).toEqual({
      data: null,
      errors: [notFound('ServiceRequest', request.id, ['serviceRequest'])],
    });
    // Nested under its community: the registry lists only the company's own neighborhoods there (if any).
    const ownInCommunity = plan.neighborhoods.filter((n) => n.communityId === community && plan.propertyCompanies[0].neighborhoodIds.includes(n.id));
    const nested = await refused(`query($id: ID!) { community(id: $id) { neighborhoods { id propertyContract { id } } } }`, { id: community });
    expect(nested).toEqual(
      ownInCommunity.length
        ? { data: { community: { neighborhoods: expect.arrayContaining(ownInCommunity.map((n) => ({ id: n.id, propertyContract: { id: activeContract(n.id).id } }))) } } }
        : { data: null, errors: [notFound('Community', community, ['community'])] },
    );
    expect(JSON.stringify(nested)).not.toContain(neighborhoodId);
    // Without the refused fields, the lists are empty and the figures zero.
    const lists = await graph.graphql(
      `query($n: ID!, $co: ID!) {
         byContracts: serviceContracts(filter: { neighborhoodId: $n }) { totalCount nodes { id } }
         byRequests: serviceRequests(filter: { neighborhoodId: $n }) { totalCount nodes { id } }
         otherCompany: propertyCompany(id: $co) { name serviceContracts { id } requestStatistics { total } }
       }`,
      { token, variables: { n: neighborhoodId, co: other.id } },
    );
    expect(lists.body).toEqual({
      data: {
        byContracts: { totalCount: 0, nodes: [] },
        byRequests: { totalCount: 0, nodes: [] },
        otherCompany: { name: other.name, serviceContracts: [], requestStatistics: { total: 0 } },
      },
    });
  });

  it("refuses another company's neighborhood, contract and request through _entities, resolving its own", async () => {
    const { plan } = graph;
    const own = plan.propertyCompanies[0].neighborhoodIds[0];
    const other = plan.propertyCompanies[1].neighborhoodIds[0];
    const otherContract = activeContract(other);
    const otherRequest = demo.requests.find((r) => r.neighborhoodId === other)!;
    const representations = [
      { __typename: 'Neighborhood', id: own },
      { __typename: 'Neighborhood', id: other },
      { __typename: 'ServiceContract', id: otherContract.id },
      { __typename: 'ServiceRequest', id: otherRequest.id },
    ];
    const response = await graph.subgraphRequest(
      'property',
      {
        query: `query($representations: [_Any!]!) { _entities(representations: $representations) {
          __typename ... on Neighborhood { id propertyContract { id } } ... on ServiceContract { id } ... on ServiceRequest { id } } }`,
        variables: { representations },
      },
      gatewayHeaders('property', graph.tokens.get(Role.PROPERTY_COMPANY)!),
    );
    response.body.errors?.sort((a, b) => Number(a.path![1]) - Number(b.path![1]));
    expect(response.body).toEqual({
      data: { _entities: [{ __typename: 'Neighborhood', id: own, propertyContract: { id: activeContract(own).id } }, null, null, null] },
      errors: [
        { ...notFound('Neighborhood', other, ['_entities', 1]), locations: [{ line: 1, column: 37 }] },
        { ...notFound('ServiceContract', otherContract.id, ['_entities', 2]), locations: [{ line: 1, column: 37 }] },
        { ...notFound('ServiceRequest', otherRequest.id, ['_entities', 3]), locations: [{ line: 1, column: 37 }] },
      ],
    });
  });

  it('resolves companies for anyone and evaluations only within scope, through _entities', async () => {
    const { plan } = graph;
    const own = demo.evaluations.find((e) => e.companyId === plan.propertyCompanies[0].id)!;
    const other = demo.evaluations.find((e) => e.companyId !== plan.propertyCompanies[0].id)!;
    const representations = [
      { __typename: 'PropertyCompany', id: plan.propertyCompanies[1].id },
      { __typename: 'ServiceEvaluation', id: own.id },
      { __typename: 'ServiceEvaluation', id: other.id },
    ];
    const response = await graph.subgraphRequest(
      'property',
      {
        query: `query($representations: [_Any!]!) { _entities(representations: $representations) {
          __typename ... on PropertyCompany { id name } ... on ServiceEvaluation { id evaluator company { id } } } }`,
        variables: { representations },
      },
      gatewayHeaders('property', graph.tokens.get(Role.PROPERTY_COMPANY)!),
    );
    expect(response.body).toEqual({
      data: {
        _entities: [
          { __typename: 'PropertyCompany', id: plan.propertyCompanies[1].id, name: plan.propertyCompanies[1].name },
          { __typename: 'ServiceEvaluation', id: own.id, evaluator: own.evaluator, company: { id: own.companyId } },
          null,
        ],
      },
      errors: [{ ...notFound('ServiceEvaluation', other.id, ['_entities', 2]), locations: [{ line: 1, column: 37 }] }],
    });
  });

  it("gains nothing from a token whose grant names another company's neighborhood", async () => {
    const { plan } = graph;
    const company = plan.propertyCompanies[0];
    const other = plan.propertyCompanies[1].neighborhoodIds[0];
    const forged = await graph.issuer.issue('forged-company', { role: Role.PROPERTY_COMPANY, org: company.id, grant: { neighborhoodIds: [other] } });
    const response = await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { id name propertyContract { id } } }`, { token: forged, variables: { id: other } });
    // The registry trusts the grant for its own fields; this subgraph checks the company's own active contracts.
    expect(response.body).toEqual({
      data: { neighborhood: { id: other, name: plan.neighborhoods.find((n) => n.id === other)!.name, propertyContract: null } },
      errors: [notFound('Neighborhood', other, ['neighborhood'])],
    });
    const list = await graph.graphql(`{ serviceContracts { totalCount } serviceRequests { totalCount } }`, { token: forged });
    const own = demo.requests.filter((r) => r.companyId === company.id);
    expect(list.body).toEqual({ data: { serviceContracts: { totalCount: company.neighborhoodIds.length }, serviceRequests: { totalCount: own.length } } });
  });
});

describe('reading within an area', () => {
  it('gives each role the requests of its area, a resident only their own, a joint unit none', async () => {
    const { plan } = graph;
    const { street, community, resident } = demoScenario(plan);
    const count = async (role: Role) => (await graph.graphql<{ serviceRequests: { totalCount: number } }>(`{ serviceRequests { totalCount } }`, { token: graph.tokens.get(role)! })).body.data!.serviceRequests.totalCount;
    expect(await count(Role.DISTRICT)).toBe(demo.requests.length);
    expect(await count(Role.STREET)).toBe(demo.requests.filter((r) => r.streetId === street.id).length);
    expect(await count(Role.COMMUNITY)).toBe(demo.requests.filter((r) => r.communityId === community.id).length);
    expect(await count(Role.RESIDENT)).toBe(demo.requests.filter((r) => r.residentPersonId === resident.id).length);
    expect(demo.requests.some((r) => r.residentPersonId === resident.id)).toBe(true);
    expect(await count(Role.JOINT_UNIT)).toBe(0);
  });

  it('refuses a street another street\'s request by id', async () => {
    const { street } = demoScenario(graph.plan);
    const elsewhere = demo.requests.find((r) => r.streetId !== street.id)!;
    const response = await graph.graphql(`query($id: ID!) { serviceRequest(id: $id) { id } }`, { token: graph.tokens.get(Role.STREET)!, variables: { id: elsewhere.id } });
    expect(response.body).toEqual({ data: null, errors: [notFound('ServiceRequest', elsewhere.id, ['serviceRequest'])] });
  });
});

describe('contract history', () => {
  it('lists ended contracts to the district with their reason, and active ones apart', async () => {
    const ended = demo.contracts.filter((c) => c.endedOn !== null);
    const response = await graph.graphql<{ active: { totalCount: number }; ended: { totalCount: number; nodes: { endedOn: string; endReason: string; active: boolean }[] } }>(
      `{ active: serviceContracts(filter: { active: true }) { totalCount } ended: serviceContracts(first: 100, filter: { active: false }) { totalCount nodes { endedOn endReason active } } }`,
      { token: graph.tokens.get(Role.DISTRICT)! },
    );
    expect(response.body).toEqual({
      data: {
        active: { totalCount: demo.contracts.length - ended.length },
        ended: { totalCount: ended.length, nodes: expect.arrayContaining(ended.map((c) => ({ endedOn: c.endedOn, endReason: c.endReason, active: false }))) },
      },
    });
  });
});

describe('statistics', () => {
  it('gives the district its coverage, 红色物业 share, completion, satisfaction and collection rates', async () => {
    const { plan } = graph;
    const active = demo.contracts.filter((c) => c.endedOn === null);
    const companies = new Set(active.map((c) => c.companyId));
    const red = [...companies].filter((id) => plan.propertyCompanies.find((c) => c.id === id)!.partyOrganizationId !== null);
    const billed = demo.fees.reduce((sum, f) => sum + toCents(f.billed), 0n);
    const collected = demo.fees.reduce((sum, f) => sum + toCents(f.collected), 0n);
    const yuan = (cents: bigint) => `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
    const response = await graph.graphql(
      `query($id: ID!) { district(id: $id) { propertyStatistics { coveredNeighborhoodCount companyCount companiesWithPartyOrganizationCount partyOrganizationShare
          requests { ${STATISTICS} } feeCollection(year: 2025) { year billed collected collectionRate } } } }`,
      { token: graph.tokens.get(Role.DISTRICT)!, variables: { id: plan.district.id } },
    );
    expect(response.body).toEqual({
      data: {
        district: {
          propertyStatistics: {
            coveredNeighborhoodCount: new Set(active.map((c) => c.neighborhoodId)).size,
            companyCount: companies.size,
            companiesWithPartyOrganizationCount: red.length,
            partyOrganizationShare: ratio(red.length, companies.size),
            requests: expectedRequestStatistics(demo.requests),
            feeCollection: { year: 2025, billed: yuan(billed), collected: yuan(collected), collectionRate: ratio(collected, billed) },
          },
        },
      },
    });
  });

  it("gives a neighborhood's and a company's request rates, the company only over its own", async () => {
    const { plan } = graph;
    const { neighborhood, company } = demoScenario(plan);
    const response = await graph.graphql(
      `query($n: ID!, $c: ID!) { neighborhood(id: $n) { serviceRequestStatistics { ${STATISTICS} } } propertyCompany(id: $c) { requestStatistics { ${STATISTICS} } } }`,
      { token: graph.tokens.get(Role.PROPERTY_COMPANY)!, variables: { n: neighborhood.id, c: company.id } },
    );
    expect(response.body).toEqual({
      data: {
        neighborhood: { serviceRequestStatistics: expectedRequestStatistics(demo.requests.filter((r) => r.neighborhoodId === neighborhood.id)) },
        propertyCompany: { requestStatistics: expectedRequestStatistics(demo.requests.filter((r) => r.companyId === company.id)) },
      },
    });
  });
});

describe('batching', () => {
  it('loads property fields of every neighborhood with a fixed number of statements', async () => {
    const query = `{ neighborhoods(first: 100) { nodes { id propertyContract { id company { name } staffPosts { kind } }
        propertyCompany { name } serviceRequests(first: 3) { totalCount nodes { id steps { action } } } serviceRequestStatistics { total } } } }`;
    graph.resetSqlCount();
    const response = await graph.graphql(query, { token: graph.tokens.get(Role.DISTRICT)! });
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data as { neighborhoods: { nodes: unknown[] } }).neighborhoods.nodes).toHaveLength(graph.plan.neighborhoods.length);
    // active contracts, companies, posts, page ids, page rows, counts, steps, statistics: one each for all 26.
    expect(graph.sqlStatements('property')).toBe(8);
  });
});

describe('Person.propertyPosts', () => {
  it("shows a project manager's post to the district, and nothing to a joint unit", async () => {
    const post = demo.posts[0];
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id propertyPosts { kind startsOn endsOn contract { id } } } } }`;
    const variables = { representations: [{ __typename: 'Person', id: post.personId }] };
    const posts = demo.posts.filter((p) => p.personId === post.personId).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1));
    const district = await graph.subgraphRequest('property', { query, variables }, gatewayHeaders('property', graph.tokens.get(Role.DISTRICT)!));
    expect(district.body).toEqual({
      data: { _entities: [{ id: post.personId, propertyPosts: posts.map((p) => ({ kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn, contract: { id: p.contractId } })) }] },
    });
    const unit = await graph.subgraphRequest('property', { query, variables }, gatewayHeaders('property', graph.tokens.get(Role.JOINT_UNIT)!));
    expect(unit.body).toEqual({ data: { _entities: [{ id: post.personId, propertyPosts: [] }] } });
  });
});
