import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const CREATE_BUILDING = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { number floors neighborhood { id } } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { number area use developerHeld building { number } } }`;
const UNITS_OF = `query($id: ID!) { building(id: $id) { units { number area } } }`;

function communityWorkerNeighborhood(graph: GraphStack) {
  const community = graph.plan.communities[0];
  return graph.plan.neighborhoods.find((n) => n.communityId === community.id)!;
}

describe('changing the map', () => {
  it('lets a community worker add a building and a unit in their community', async () => {
    const token = graph.tokens.get(Role.COMMUNITY);
    const neighborhood = communityWorkerNeighborhood(graph);
    const building = await graph.graphql<{ createBuilding: { number: string } }>(CREATE_BUILDING, {
      token,
      variables: { input: { neighborhoodId: neighborhood.id, number: '99号楼', floors: 6 } },
    });
    expect(building.body).toEqual({ data: { createBuilding: { number: '99号楼', floors: 6, neighborhood: { id: neighborhood.id } } } });

    const created = await graph.graphql<{ buildings: { nodes: { id: string; number: string }[] } }>(
      `{ buildings(first: 100, filter: { neighborhoodId: "${neighborhood.id}" }) { nodes { id number } } }`,
      { token },
    );
    const buildingId = created.body.data!.buildings.nodes.find((b) => b.number === '99号楼')!.id;
    const unit = await graph.graphql(CREATE_UNIT, { token, variables: { input: { buildingId, number: '1-101', area: '89.50' } } });
    expect(unit.body).toEqual({
      data: { createUnit: { number: '1-101', area: '89.50', use: 'RESIDENTIAL', developerHeld: false, building: { number: '99号楼' } } },
    });
  });

  it('refuses a duplicate unit number in a building with CONFLICT and stores nothing', async () => {
    const token = graph.tokens.get(Role.COMMUNITY);
    const neighborhood = communityWorkerNeighborhood(graph);
    const existing = graph.plan.units.find((u) => u.neighborhoodId === neighborhood.id)!;
    const before = await graph.graphql(UNITS_OF, { token, variables: { id: existing.buildingId } });
    const response = await graph.graphql(CREATE_UNIT, {
      token,
      variables: { input: { buildingId: existing.buildingId, number: existing.number, area: '70.00' } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: `This building already has a unit numbered "${existing.number}".`,
          path: ['createUnit'],
          extensions: { code: 'CONFLICT', field: 'number' },
        },
      ],
    });
    expect(await graph.graphql(UNITS_OF, { token, variables: { id: existing.buildingId } })).toEqual(before);
  });

  it.each([
    ['0', 'Invalid input: area must be greater than 0 and at most 100000.'],
    ['100000.01', 'Invalid input: area must be greater than 0 and at most 100000.'],
  ])('refuses an area of %p with BAD_USER_INPUT', async (area, message) => {
    const token = graph.tokens.get(Role.COMMUNITY);
    const building = graph.plan.buildings.find((b) => b.communityId === graph.plan.communities[0].id)!;
    const response = await graph.graphql(CREATE_UNIT, { token, variables: { input: { buildingId: building.id, number: `X-${area}`, area } } });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message, path: ['createUnit'], extensions: { code: 'BAD_USER_INPUT', fields: ['area'] } }],
    });
  });

  it('refuses a negative area before it reaches a resolver, without echoing it', async () => {
    const token = graph.tokens.get(Role.COMMUNITY);
    const building = graph.plan.buildings[0];
    const response = await graph.graphql(CREATE_UNIT, { token, variables: { input: { buildingId: building.id, number: 'N-1', area: '-12.5' } } });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message:
            'Variable "$input" has an invalid value at "input.area": A Decimal is a non-negative number written with at most 4 decimal places, e.g. "89.50".',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(JSON.stringify(response.body)).not.toContain('-12.5');
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const response = await graph.graphql('{ neighborhood(id: "12; drop table unit") { name } }', { token: graph.tokens.get(Role.DISTRICT) });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'id must be an id such as "3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42".',
          path: ['neighborhood'],
          extensions: { code: 'BAD_USER_INPUT', field: 'id' },
        },
      ],
    });
  });

  it('refuses an unknown enum value', async () => {
    const response = await graph.graphql('{ neighborhoods(filter: { kind: GATED }) { totalCount } }', { token: graph.tokens.get(Role.DISTRICT) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The value given is not one of the NeighborhoodKind values.',
          locations: [{ line: 1, column: 33 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });

  it('refuses writes from roles that do not manage places, and from another area', async () => {
    const neighborhood = communityWorkerNeighborhood(graph);
    const company = await graph.graphql(CREATE_BUILDING, {
      token: graph.tokens.get(Role.PROPERTY_COMPANY),
      variables: { input: { neighborhoodId: graph.plan.propertyCompanies[0].neighborhoodIds[0], number: '77号楼' } },
    });
    expect(company.body).toEqual({
      data: null,
      errors: [
        {
          message: 'Your role (PROPERTY_COMPANY) may not change buildings here: only DISTRICT, STREET, COMMUNITY of this area may.',
          path: ['createBuilding'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });

    const otherCommunity = graph.plan.neighborhoods.find((n) => n.communityId !== neighborhood.communityId && n.streetId === neighborhood.streetId)!;
    const worker = await graph.graphql(CREATE_BUILDING, {
      token: graph.tokens.get(Role.COMMUNITY),
      variables: { input: { neighborhoodId: otherCommunity.id, number: '77号楼' } },
    });
    expect(worker.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const street = await graph.graphql(
      'mutation($input: CreateStreetInput!) { createStreet(input: $input) { name } }',
      { token: graph.tokens.get(Role.STREET), variables: { input: { districtId: graph.plan.district.id, name: '新街道' } } },
    );
    expect(street.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const streets = await graph.graphql<{ streets: { totalCount: number } }>('{ streets { totalCount } }', { token: graph.tokens.get(Role.DISTRICT) });
    expect(streets.body.data!.streets.totalCount).toBe(graph.plan.streets.length);
  });

  it('refuses an update based on a stale version with CONFLICT', async () => {
    const token = graph.tokens.get(Role.DISTRICT);
    const neighborhood = graph.plan.neighborhoods[3];
    const read = await graph.graphql<{ neighborhood: { version: number } }>(`{ neighborhood(id: "${neighborhood.id}") { version } }`, { token });
    const version = read.body.data!.neighborhood.version;
    const update = 'mutation($input: UpdateNeighborhoodInput!) { updateNeighborhood(input: $input) { name version } }';
    const first = await graph.graphql(update, { token, variables: { input: { id: neighborhood.id, expectedVersion: version, address: '新地址1号' } } });
    expect(first.body).toEqual({ data: { updateNeighborhood: { name: neighborhood.name, version: version + 1 } } });
    const stale = await graph.graphql(update, { token, variables: { input: { id: neighborhood.id, expectedVersion: version, name: '旧版本改名' } } });
    expect(stale.body).toEqual({
      data: null,
      errors: [
        {
          message: `This record is at version ${version + 1}, not ${version}: someone changed it since you read it. Reload and try again.`,
          path: ['updateNeighborhood'],
          extensions: { code: 'CONFLICT', currentVersion: version + 1 },
        },
      ],
    });
  });

  it('refuses broken JSON with a GraphQL error, not a stack trace', async () => {
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${graph.tokens.get(Role.DISTRICT)}` },
      body: '{"query": "{ districts { totalCount } }"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});
