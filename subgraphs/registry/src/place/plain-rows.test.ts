import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

// The map's lists (streets of a district, communities of a street, neighborhoods of a community, the root
// neighborhood list) read plain rows, not managed entities; a read by id still goes through the ORM's entities.
// Both must give every field the same, for every caller.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const PLACE = 'id name createdAt updatedAt version';
const NEIGHBORHOOD = `${PLACE} address kind builtYear community { id } street { id }`;

interface Listed {
  districts: { nodes: { streets: ({ id: string; communities: ({ id: string; neighborhoods: { id: string }[] } & Record<string, unknown>)[] } & Record<string, unknown>)[] }[] };
  neighborhoods: { nodes: ({ id: string } & Record<string, unknown>)[] };
}

describe('plain rows in the map lists', () => {
  it.each([Role.DISTRICT, Role.STREET, Role.PROPERTY_COMPANY])('give %s every field of every place exactly as a read by id does', async (role) => {
    const token = graph.tokens.get(role);
    const listed = await graph.graphql<Listed>(
      `{ districts { nodes { streets { ${PLACE} communities { ${PLACE} neighborhoods { ${NEIGHBORHOOD} } } } } }
         neighborhoods(first: 100) { nodes { ${NEIGHBORHOOD} } } }`,
      { token },
    );
    expect(listed.body.errors).toBeUndefined();
    const streets = listed.body.data!.districts.nodes.flatMap((district) => district.streets);
    const communities = streets.flatMap((street) => street.communities);
    const nested = communities.flatMap((community) => community.neighborhoods);
    const rooted = listed.body.data!.neighborhoods.nodes;
    expect(nested.length).toBeGreaterThan(0);
    expect(rooted.map((n) => n.id).sort()).toEqual(nested.map((n) => n.id).sort());

    // By id, in requests of at most 15 aliases (the gateway's limit).
    const readById = async (type: string, ids: string[], selection: string) => {
      const read: unknown[] = [];
      for (let from = 0; from < ids.length; from += 15) {
        const chunk = ids.slice(from, from + 15);
        const response = await graph.graphql<Record<string, unknown>>(`{ ${chunk.map((id, n) => `p${n}: ${type}(id: "${id}") { ${selection} }`).join(' ')} }`, { token });
        expect(response.body.errors).toBeUndefined();
        read.push(...chunk.map((_, n) => response.body.data![`p${n}`]));
      }
      return read;
    };
    expect(await readById('street', streets.map((s) => s.id), PLACE)).toEqual(streets.map(({ communities: _, ...street }) => street));
    expect(await readById('community', communities.map((c) => c.id), PLACE)).toEqual(communities.map(({ neighborhoods: _, ...community }) => community));
    expect(await readById('neighborhood', rooted.map((n) => n.id), NEIGHBORHOOD)).toEqual(rooted);
    const byNested = new Map(nested.map((neighborhood) => [neighborhood.id, neighborhood]));
    for (const neighborhood of rooted) expect(byNested.get(neighborhood.id)).toEqual(neighborhood);
  });
});
