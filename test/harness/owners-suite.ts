import pg from 'pg';
import { startGraph, type GraphStack } from './graph-stack.js';

export interface OwnersSuite {
  graph: GraphStack;
  /** The suite database as the owners schema's owner role, which may write every table: the triggers refuse it too. */
  db: pg.Client;
}

/**
 * For a suite of the owners' records: before its tests, the worker's graph and a connection as the owners schema's
 * owner role, handed to `opened`; after them, both closed.
 */
export function ownersSuite(opened: (suite: OwnersSuite) => void): void {
  let graph: GraphStack | undefined;
  let db: pg.Client | undefined;
  beforeAll(async () => {
    graph = await startGraph();
    db = new pg.Client({ connectionString: graph.migrationDatabaseUrls.get('owners') });
    await db.connect();
    opened({ graph, db });
  });
  afterAll(async () => {
    await db?.end();
    await graph?.stop();
  });
}
