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

/** One run of `operation` on `graph`: the statements `subgraph` sent for it, and how much data came back. */
async function measure(graph: GraphStack, subgraph: string, operation: CountedOperation): Promise<{ statements: number; size: number }> {
  await operation.setup?.(graph);
  graph.resetSqlCount();
  const response = await graph.graphql(operation.query, { token: graph.tokens.get(operation.role) });
  expect(response.body.errors).toBeUndefined();
  return { statements: graph.sqlStatements(subgraph), size: (operation.size ?? objectsIn)(response.body.data as never) };
}

/**
 * Runs each operation through the gateway on the demo district and on one about twice its size, counting the SQL
 * statements `subgraph` sends, and proves there is no query per parent: the counts are equal at both sizes while
 * the responses grow. Each test measures both sizes itself, so the tests run in any order and alone.
 */
export function describeStatementsAtTwoSizes(subgraph: string, operations: CountedOperation[]): void {
  describe(`SQL statements of the ${subgraph} subgraph per operation do not grow with the data (no query per parent)`, () => {
    let demo: GraphStack;
    let larger: GraphStack;
    beforeAll(async () => {
      // Both at once: the worker's graph on the demo district, and one booted for the larger district beside it.
      demo = await startGraph({ profile: LIANGSHAN });
      larger = await startGraph({ profile: LARGER_DISTRICT });
    });
    afterAll(async () => {
      await larger?.stop();
      await demo?.stop();
    });

    it.each(operations.map((operation) => [operation.name, operation] as const))(
      '%s: the same number of statements on the demo district and on one about twice its size, while the response grows',
      async (_name, operation) => {
        const [onDemo, onLarger] = [await measure(demo, subgraph, operation), await measure(larger, subgraph, operation)];
        expect({ name: operation.name, statements: onLarger.statements }).toEqual({ name: operation.name, statements: onDemo.statements });
        expect({ name: operation.name, grew: onLarger.size > onDemo.size }).toEqual({ name: operation.name, grew: true });
      },
    );
  });
}

/** The sum of one figure over every community of a `communities { nodes { … } }` response. */
export function sumOverCommunities(read: (node: Record<string, Record<string, number>>) => number) {
  return (data: { communities: { nodes: Record<string, Record<string, number>>[] } }) => data.communities.nodes.reduce((sum, node) => sum + read(node), 0);
}
