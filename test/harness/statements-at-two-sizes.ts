import type { Role } from '../../subgraphs/platform/access/role.js';
import { LIANGSHAN, type DistrictProfile } from '../../infra/demo/profiles.js';
import { startGraph, type GraphStack } from './graph-stack.js';

/** The demo district with about twice the neighborhoods, buildings and units (as the registry's batching test). */
export const LARGER_DISTRICT: DistrictProfile = {
  ...LIANGSHAN,
  key: 'liangshan-larger',
  neighborhoodsPerCommunity: [5, 7],
  buildingsPerNeighborhood: [4, 6],
};

export interface CountedOperation {
  name: string;
  role: Role;
  query: string;
  /** How much data the response covers; by default the objects in it (figures need their own measure). */
  size?: (data: never) => number;
  /** What must be recorded first (through the gateway), not counted. */
  setup?: (graph: GraphStack) => Promise<void>;
}

/** Objects in a response, at any depth: how much data an operation read. */
export function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((sum: number, item) => sum + objectsIn(item), 0);
  return 0;
}

/**
 * Runs each operation through the gateway on the demo district and on one about twice its size, counting the SQL
 * statements `subgraph` sends, and proves there is no query per parent: the counts are equal at both sizes while
 * the responses grow.
 */
export function describeStatementsAtTwoSizes(subgraph: string, operations: CountedOperation[]): void {
  describe(`SQL statements of the ${subgraph} subgraph per operation do not grow with the data (no query per parent)`, () => {
    const measured = new Map<string, { statements: number; size: number }[]>();

    for (const [label, profile] of [['demo', LIANGSHAN], ['larger', LARGER_DISTRICT]] as const) {
      describe(`on the ${label} district`, () => {
        let graph: GraphStack;
        beforeAll(async () => {
          graph = await startGraph({ profile });
        });
        afterAll(async () => {
          await graph?.stop();
        });

        it.each(operations.map((operation) => [operation.name, operation] as const))('%s', async (_name, operation) => {
          await operation.setup?.(graph);
          graph.resetSqlCount();
          const response = await graph.graphql(operation.query, { token: graph.tokens.get(operation.role) });
          expect(response.body.errors).toBeUndefined();
          const runs = measured.get(operation.name) ?? [];
          runs.push({ statements: graph.sqlStatements(subgraph), size: (operation.size ?? objectsIn)(response.body.data as never) });
          measured.set(operation.name, runs);
        });
      });
    }

    it('sends the same number of statements at both sizes, while the responses grow', () => {
      for (const { name } of operations) {
        const [demo, larger] = measured.get(name)!;
        expect({ name, statements: larger.statements }).toEqual({ name, statements: demo.statements });
        expect({ name, grew: larger.size > demo.size }).toEqual({ name, grew: true });
      }
    });
  });
}

/** The sum of one figure over every community of a `communities { nodes { … } }` response. */
export function sumOverCommunities(read: (node: Record<string, Record<string, number>>) => number) {
  return (data: { communities: { nodes: Record<string, Record<string, number>>[] } }) => data.communities.nodes.reduce((sum, node) => sum + read(node), 0);
}
