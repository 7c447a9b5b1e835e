import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

/** Code-point order, as the database sorts (C collation). */
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const MAP_QUERY = `{
  districts(first: 5) {
    totalCount
    nodes { name code streets { name communities { name neighborhoods { name kind } } } }
  }
}`;

function expectedMap(graph: GraphStack, visibleNeighborhoods: (id: string) => boolean) {
  const { plan } = graph;
  const neighborhoodsOf = (communityId: string) =>
    plan.neighborhoods
      .filter((n) => n.communityId === communityId && visibleNeighborhoods(n.id))
      .sort(byName)
      .map((n) => ({ name: n.name, kind: n.kind }));
  const communitiesOf = (streetId: string) =>
    plan.communities
      .filter((c) => c.streetId === streetId)
      .sort(byName)
      .map((c) => ({ name: c.name, neighborhoods: neighborhoodsOf(c.id) }))
      .filter((c) => c.neighborhoods.length > 0);
  return {
    data: {
      districts: {
        totalCount: 1,
        nodes: [
          {
            name: plan.district.name,
            code: plan.district.code,
            streets: plan.streets
              .slice()
              .sort(byName)
              .map((s) => ({ name: s.name, communities: communitiesOf(s.id) }))
              .filter((s) => s.communities.length > 0),
          },
        ],
      },
    },
  };
}

describe('reading the map through the gateway', () => {
  it('gives the district office its whole district: streets, communities and neighborhoods', async () => {
    const response = await graph.graphql(MAP_QUERY, { token: graph.tokens.get(Role.DISTRICT) });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expectedMap(graph, () => true));
  });

  it('gives a street office its own street only, with the district above it', async () => {
    const street = graph.plan.streets[0];
    const inStreet = new Set(graph.plan.neighborhoods.filter((n) => n.streetId === street.id).map((n) => n.id));
    const response = await graph.graphql(MAP_QUERY, { token: graph.tokens.get(Role.STREET) });
    expect(response.body).toEqual(expectedMap(graph, (id) => inStreet.has(id)));
  });

  it('gives a property company exactly its contracted neighborhoods and the places above them', async () => {
    const company = graph.plan.propertyCompanies[0];
    const response = await graph.graphql(MAP_QUERY, { token: graph.tokens.get(Role.PROPERTY_COMPANY) });
    expect(response.body).toEqual(expectedMap(graph, (id) => company.neighborhoodIds.includes(id)));
  });

  it('lists a property company only its neighborhoods in the root list, with a matching total', async () => {
    const company = graph.plan.propertyCompanies[0];
    const response = await graph.graphql<{ neighborhoods: { totalCount: number; nodes: { id: string }[] } }>(
      '{ neighborhoods(first: 100) { totalCount nodes { id } } }',
      { token: graph.tokens.get(Role.PROPERTY_COMPANY) },
    );
    const ids = response.body.data!.neighborhoods.nodes.map((n) => n.id).sort();
    expect(ids).toEqual([...company.neighborhoodIds].sort());
    expect(response.body.data!.neighborhoods.totalCount).toBe(company.neighborhoodIds.length);
  });

  it("hides another company's neighborhood by id, nested under its community, and through its building", async () => {
    const company = graph.plan.propertyCompanies[0];
    const other = graph.plan.neighborhoods.find((n) => !company.neighborhoodIds.includes(n.id))!;
    const building = graph.plan.buildings.find((b) => b.neighborhoodId === other.id)!;
    const token = graph.tokens.get(Role.PROPERTY_COMPANY);

    const byId = await graph.graphql(`{ neighborhood(id: "${other.id}") { name } }`, { token });
    expect(byId.body).toEqual({
      data: null,
      errors: [
        {
          message: `No Neighborhood with id "${other.id}" is visible to you.`,
          path: ['neighborhood'],
          extensions: { code: 'NOT_FOUND', typeName: 'Neighborhood', id: other.id },
        },
      ],
    });

    const viaBuilding = await graph.graphql(`{ building(id: "${building.id}") { number } }`, { token });
    expect(viaBuilding.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(viaBuilding.body.data).toBeNull();

    const nested = await graph.graphql<{ communities: { nodes: { id: string; neighborhoods: { id: string }[] }[] } }>(
      '{ communities(first: 100) { nodes { id neighborhoods { id } } } }',
      { token },
    );
    const seen = nested.body.data!.communities.nodes.flatMap((c) => c.neighborhoods.map((n) => n.id));
    expect(seen).not.toContain(other.id);
    expect(seen.sort()).toEqual([...company.neighborhoodIds].sort());
    const communitiesServed = new Set(
      graph.plan.neighborhoods.filter((n) => company.neighborhoodIds.includes(n.id)).map((n) => n.communityId),
    );
    expect(nested.body.data!.communities.nodes.map((c) => c.id).sort()).toEqual([...communitiesServed].sort());
  });
});

describe('pagination', () => {
  const token = () => graph.tokens.get(Role.DISTRICT);

  it('walks every neighborhood page by page, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { body: { data?: { neighborhoods: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } } =
        await graph.graphql('query($after: String) { neighborhoods(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', {
          token: token(),
          variables: { after },
        });
      const page = response.body.data!.neighborhoods;
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(graph.plan.neighborhoods.length / 7));
    expect(seen.slice().sort()).toEqual(graph.plan.neighborhoods.map((n) => n.id).sort());
  });

  it.each([
    [0, 'Invalid input: first must be at least 1.'],
    [101, 'Invalid input: first must be at most 100.'],
  ])('refuses a page size of %p with BAD_USER_INPUT', async (first, message) => {
    const response = await graph.graphql(`{ neighborhoods(first: ${first}) { totalCount } }`, { token: token() });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message, path: ['neighborhoods'], extensions: { code: 'BAD_USER_INPUT', fields: ['first'] } }],
    });
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await graph.graphql('{ neighborhoods(first: 5, after: "not-a-cursor") { totalCount } }', { token: token() });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'The cursor in "after" is not one this list returned: pass a pageInfo.endCursor.',
          path: ['neighborhoods'],
          extensions: { code: 'BAD_USER_INPUT', field: 'after' },
        },
      ],
    });
  });
});
