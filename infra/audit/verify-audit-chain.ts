import 'reflect-metadata';
import path from 'node:path';
import { registrySubgraph } from '../../subgraphs/registry/src/subgraph.js';
import { createOrm } from '../../subgraphs/platform/orm/subgraph-database.js';
import { PersonalDataAccess } from '../../subgraphs/registry/src/audit/personal-data-access.entity.js';
import { verifyChain } from '../../subgraphs/registry/src/audit/audit-chain.js';
import { loadOrCreateDevelopmentSecrets } from '../start/development-secrets.js';
import { portVariable } from '../../subgraphs/platform/config/environment.js';
import { runtimeRole } from '../../subgraphs/platform/orm/database-privileges.js';
import { roleUrl } from '../postgres/database-roles.js';

// `npm run audit:verify`: recomputes the personal-data access chain and reports the first broken row, if any.
// It only reads the audit, so it connects as the registry's runtime role: DATABASE_URL (the registry service's
// URL), or that role on the database of a running `npm start`.
const env = process.env;
let databaseUrl = env.DATABASE_URL;
if (!databaseUrl) {
  const schema = registrySubgraph.database.schema;
  const secrets = await loadOrCreateDevelopmentSecrets(path.resolve(env.DATA_DIR ?? '.data'), [schema]);
  const server = `postgres://127.0.0.1:${portVariable(env, 'POSTGRES_PORT', 54329)}/cogovernance`;
  databaseUrl = roleUrl(server, runtimeRole(schema), secrets.databasePasswords[schema].runtime);
}
const orm = await createOrm(databaseUrl, registrySubgraph.database);
try {
  const rows = await orm.em.fork().find(PersonalDataAccess, {}, { orderBy: { id: 'asc' } });
  const verdict = verifyChain(rows);
  if (verdict.firstBrokenId === null) {
    console.log(`Personal-data access audit: ${verdict.rows} rows, chain intact.`);
  } else {
    console.error(`Personal-data access audit: chain BROKEN at row ${verdict.firstBrokenId} (of ${verdict.rows}).`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Could not read the audit: ${(error as Error).message}. Is the database running (npm start) or DATABASE_URL set?`);
  process.exitCode = 2;
} finally {
  await orm.close();
}
