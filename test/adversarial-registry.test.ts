import { Role } from '../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/platform/access/gateway-secret.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { testGatewaySecret } from './harness/test-keys.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const COUNT_UNITS = '{ units(filter: { neighborhoodId: "%s" }) { totalCount } }';

describe('hostile input against the registry', () => {
  it('treats injection strings and LIKE wildcards in filters as plain text', async () => {
    const token = graph.tokens.get(Role.DISTRICT);
    const neighborhood = graph.plan.neighborhoods[0];
    const before = await graph.graphql(COUNT_UNITS.replace('%s', neighborhood.id), { token });
    for (const text of ["'; drop table registry.unit; --", '%', '_', '\\', '" or 1=1 --']) {
      const response = await graph.graphql('query($text: String!) { neighborhoods(filter: { nameContains: $text }) { totalCount } }', {
        token,
        variables: { text },
      });
      expect(response.body).toEqual({ data: { neighborhoods: { totalCount: 0 } } });
    }
    expect(await graph.graphql(COUNT_UNITS.replace('%s', neighborhood.id), { token })).toEqual(before);
  });

  it('refuses oversized strings with BAD_USER_INPUT and stores nothing', async () => {
    const token = graph.tokens.get(Role.COMMUNITY);
    const community = graph.plan.communities[0];
    const response = await graph.graphql('mutation($input: CreateNeighborhoodInput!) { createNeighborhood(input: $input) { id } }', {
      token,
      variables: { input: { communityId: community.id, name: '长'.repeat(20_000) } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message: 'Invalid input: name must be 1 to 100 characters long.', path: ['createNeighborhood'], extensions: { code: 'BAD_USER_INPUT', fields: ['name'] } }],
    });
    const listed = await graph.graphql<{ neighborhoods: { totalCount: number } }>(
      `{ neighborhoods(filter: { communityId: "${community.id}" }) { totalCount } }`,
      { token },
    );
    expect(listed.body.data!.neighborhoods.totalCount).toBe(graph.plan.neighborhoods.filter((n) => n.communityId === community.id).length);
  });

  it('ignores identity headers a client adds: only the verified token counts', async () => {
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${graph.tokens.get(Role.RESIDENT)}`,
        [GATEWAY_SECRET_HEADER]: testGatewaySecret('registry'),
        'x-caller-role': 'DISTRICT',
        'x-user-id': 'demo-district',
      },
      body: JSON.stringify({ query: '{ persons { totalCount } }' }),
    });
    expect(await response.json()).toEqual({
      data: null,
      errors: [{ message: 'Residents cannot list other people; use `me` for your own record.', path: ['persons'], extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it("gives a property company nothing of another company's neighborhood through aliases", async () => {
    const company = graph.plan.propertyCompanies[0];
    const own = graph.plan.neighborhoods.find((n) => company.neighborhoodIds.includes(n.id))!;
    const other = graph.plan.neighborhoods.find((n) => !company.neighborhoodIds.includes(n.id))!;
    const response = await graph.graphql(`{ mine: neighborhood(id: "${own.id}") { name } theirs: neighborhood(id: "${other.id}") { name } }`, {
      token: graph.tokens.get(Role.PROPERTY_COMPANY),
    });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message: `No Neighborhood with id "${other.id}" is visible to you.`, path: ['theirs'], extensions: { code: 'NOT_FOUND', typeName: 'Neighborhood', id: other.id } }],
    });
  });
});
