import { Role } from '../../../platform/access/role.js';
import { startGraph, gatewayHeaders, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on District { id name }
    ... on Street { id name }
    ... on Community { id name }
    ... on Neighborhood { id name }
    ... on Building { id number }
    ... on Unit { id number }
    ... on Person { id }
  }
}`;

describe('entity references (_entities), as the gateway resolves them', () => {
  it('resolves every entity type by its key', async () => {
    const { plan } = graph;
    const unit = plan.units.find((u) => u.ownerIds.length > 0)!;
    const expected = [
      { __typename: 'District', id: plan.district.id, name: plan.district.name },
      { __typename: 'Street', id: plan.streets[0].id, name: plan.streets[0].name },
      { __typename: 'Community', id: plan.communities[0].id, name: plan.communities[0].name },
      { __typename: 'Neighborhood', id: plan.neighborhoods[0].id, name: plan.neighborhoods[0].name },
      { __typename: 'Building', id: plan.buildings[0].id, number: plan.buildings[0].number },
      { __typename: 'Unit', id: unit.id, number: unit.number },
      { __typename: 'Person', id: unit.ownerIds[0] },
    ];
    const response = await graph.subgraphRequest(
      'registry',
      { query: ENTITIES, variables: { representations: expected.map(({ __typename, id }) => ({ __typename, id })) } },
      gatewayHeaders('registry', graph.tokens.get(Role.DISTRICT)!),
    );
    expect(response).toEqual({ status: 200, body: { data: { _entities: expected } } });
  });

  it("refuses a property company another company's neighborhood, building and unit, while resolving its own", async () => {
    const { plan } = graph;
    const company = plan.propertyCompanies[0];
    const own = plan.neighborhoods.find((n) => company.neighborhoodIds.includes(n.id))!;
    const other = plan.neighborhoods.find((n) => !company.neighborhoodIds.includes(n.id))!;
    const otherBuilding = plan.buildings.find((b) => b.neighborhoodId === other.id)!;
    const otherUnit = plan.units.find((u) => u.neighborhoodId === other.id)!;
    const representations = [
      { __typename: 'Neighborhood', id: own.id },
      { __typename: 'Neighborhood', id: other.id },
      { __typename: 'Building', id: otherBuilding.id },
      { __typename: 'Unit', id: otherUnit.id },
    ];
    const response = await graph.subgraphRequest(
      'registry',
      { query: ENTITIES, variables: { representations } },
      gatewayHeaders('registry', graph.tokens.get(Role.PROPERTY_COMPANY)!),
    );
    // References resolve concurrently, so errors arrive in completion order: compare them in path order.
    response.body.errors?.sort((a, b) => Number(a.path![1]) - Number(b.path![1]));
    expect(response.body).toEqual({
      data: { _entities: [{ __typename: 'Neighborhood', id: own.id, name: own.name }, null, null, null] },
      errors: [
        { message: `No Neighborhood with id "${other.id}" is visible to you.`, locations: [{ line: 2, column: 3 }], path: ['_entities', 1], extensions: { code: 'NOT_FOUND', typeName: 'Neighborhood', id: other.id } },
        { message: `No Building with id "${otherBuilding.id}" is visible to you.`, locations: [{ line: 2, column: 3 }], path: ['_entities', 2], extensions: { code: 'NOT_FOUND', typeName: 'Building', id: otherBuilding.id } },
        { message: `No Unit with id "${otherUnit.id}" is visible to you.`, locations: [{ line: 2, column: 3 }], path: ['_entities', 3], extensions: { code: 'NOT_FOUND', typeName: 'Unit', id: otherUnit.id } },
      ],
    });
  });

  it('loads many references of one type with one statement', async () => {
    const representations = graph.plan.neighborhoods.map((n) => ({ __typename: 'Neighborhood', id: n.id }));
    graph.resetSqlCount();
    const response = await graph.subgraphRequest(
      'registry',
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Neighborhood { id } } }', variables: { r: representations } },
      gatewayHeaders('registry', graph.tokens.get(Role.DISTRICT)!),
    );
    expect((response.body.data as { _entities: unknown[] })._entities).toHaveLength(representations.length);
    expect(graph.sqlStatements('registry')).toBe(1);
  });
});
