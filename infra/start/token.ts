import 'reflect-metadata';
import path from 'node:path';
import { portVariable } from '../../subgraphs/platform/config/environment.js';
import { createTokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import { createDistrictPlan } from '../demo/district-plan.js';
import { PROFILES } from '../demo/profiles.js';
import { demoCallers } from '../demo/demo-tokens.js';
import { contractsInForceFrom, createFreshTokenSource, isRole } from '../demo/fresh-tokens.js';
import { propertySubgraph } from '../../subgraphs/property/src/subgraph.js';
import { runtimeRole } from '../../subgraphs/platform/orm/database-privileges.js';
import { roleUrl } from '../postgres/database-roles.js';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, loadOrCreateDevelopmentSecrets } from './development-secrets.js';

// `npm run token -- ROLE`: a fresh demo token for a role of the running `npm start` (same DATA_DIR, DEMO_PROFILE,
// DEMO_SEED). A property company's grant is read from its contracts in force now.
const env = process.env;
const role = process.argv[2]?.toUpperCase() ?? '';
const profile = PROFILES[env.DEMO_PROFILE ?? 'liangshan'];
if (!isRole(role) || !profile) {
  console.error('Usage: npm run token -- ROLE   (DISTRICT, STREET, COMMUNITY, PARTY_BRANCH, PROPERTY_COMPANY, OWNERS_COMMITTEE, JOINT_UNIT, RESIDENT)');
  process.exit(2);
}
try {
  // The contracts are read as the property subgraph's runtime role (DATABASE_URL: the property service's URL).
  const schema = propertySubgraph.database.schema;
  const secrets = await loadOrCreateDevelopmentSecrets(path.resolve(env.DATA_DIR ?? '.data'), [schema]);
  const server = `postgres://127.0.0.1:${portVariable(env, 'POSTGRES_PORT', 54329)}/cogovernance`;
  const databaseUrl = env.DATABASE_URL ?? roleUrl(server, runtimeRole(schema), secrets.databasePasswords[schema].runtime);
  const issuer = await createTokenIssuer(secrets.privateKeyPem, DEVELOPMENT_ISSUER, DEVELOPMENT_AUDIENCE);
  const source = createFreshTokenSource(issuer, demoCallers(createDistrictPlan(profile, Number(env.DEMO_SEED ?? 2026))), contractsInForceFrom(databaseUrl));
  console.log(await source.token(role));
} catch (error) {
  console.error(`Could not issue a token: ${(error as Error).message}. Is \`npm start\` running (or DATABASE_URL set)?`);
  process.exit(1);
}
