import { Role } from '../../../platform/access/role.js';
import { LIANGSHAN } from '../../../../infra/demo/profiles.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { step } from '../../../../test/harness/scenario.js';

/** The demo district with about twice the neighborhoods, buildings and units. */
const LARGER = { ...LIANGSHAN, key: 'liangshan-larger', neighborhoodsPerCommunity: [5, 7] as [number, number], buildingsPerNeighborhood: [4, 6] as [number, number] };

const OPERATIONS: [string, Role, string][] = [
  ['the whole district map down to unit owners', Role.DISTRICT, '{ districts { nodes { streets { communities { neighborhoods { buildings { units { number owners { name phone } } } } } } } } }'],
  ['a page of neighborhoods with their places and buildings', Role.STREET, '{ neighborhoods(first: 50) { totalCount nodes { name community { name } street { name } buildings { number floors } } } }'],
  ['a page of people with their homes and units', Role.COMMUNITY, '{ persons(first: 100) { nodes { name phone residence { name } units { number building { number } } } } }'],
  ["a property company's neighborhoods", Role.PROPERTY_COMPANY, '{ neighborhoods(first: 100) { nodes { name buildings { units { number } } } } }'],
];

describe('SQL statements per operation do not grow with the data (no query per parent)', () => {
  it('sends the same number of statements on the demo district and a larger one, and reads the whole map with one statement per level', async () => {
    const counts = new Map<string, number[]>();
    for (const [label, profile] of [['demo', LIANGSHAN], ['larger', LARGER]] as const) {
      await step(`on the ${label} district`, async () => {
        const graph: GraphStack = await startGraph({ profile });
        try {
          for (const [name, role, query] of OPERATIONS) {
            graph.resetSqlCount();
            const response = await graph.graphql(query, { token: graph.tokens.get(role) });
            expect(response.body.errors).toBeUndefined();
            counts.set(name, [...(counts.get(name) ?? []), graph.sqlStatements('registry')]);
          }
        } finally {
          await graph.stop();
        }
      });
    }

    await step('sends the same number of statements at both sizes', async () => {
      for (const [name] of OPERATIONS) {
        const [demo, larger] = counts.get(name)!;
        expect({ name, larger }).toEqual({ name, larger: demo });
      }
    });

    await step('reads the whole map with one statement per level', async () => {
      // districts, streets, communities, neighborhoods, buildings, units, their ownerships, the owners; then, to decide
      // how much of each owner to show, the owners' own ownerships and those units.
      expect(counts.get(OPERATIONS[0][0])).toEqual([10, 10]);
    });
  });
});
