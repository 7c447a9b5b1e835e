import 'reflect-metadata';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { requireVariable } from '../../subgraphs/platform/config/environment.js';
import { prepareDatabase } from '../demo/prepare-database.js';

// `npm run migrate`: applies every subgraph's pending migrations to DATABASE_URL (a deployment step; `npm start`
// does it by itself). Loads no demo data.
try {
  const databaseUrl = requireVariable(process.env, 'DATABASE_URL', 'the PostgreSQL to migrate.');
  const { applied } = await prepareDatabase(databaseUrl, SUBGRAPHS, null, process.env);
  for (const [subgraph, names] of applied) console.log(`${subgraph}: ${names.length ? names.join(', ') : 'up to date'}`);
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
}
