import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { createTokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { portVariable } from '../../subgraphs/platform/config/environment.js';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '../postgres/embedded-postgres.js';
import { createDistrictPlan } from '../demo/district-plan.js';
import { PROFILES } from '../demo/profiles.js';
import { demoCallers, issueDemoTokens } from '../demo/demo-tokens.js';
import { prepareDatabase } from '../demo/prepare-database.js';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, loadOrCreateDevelopmentSecrets } from './development-secrets.js';
import { spawnService, stopServices, waitUntilReady, type ServiceProcess } from './service-processes.js';
import { banner } from './banner.js';

// `npm start`: Postgres (embedded unless DATABASE_URL is set), migrations, demo data on the first start, every
// subgraph in its own process, then the gateway. Ctrl-C stops it all.
const env = process.env;
const dataDir = path.resolve(env.DATA_DIR ?? '.data');
const profile = PROFILES[env.DEMO_PROFILE ?? 'liangshan'];
if (!profile) {
  console.error(`Unknown DEMO_PROFILE "${env.DEMO_PROFILE}"; known profiles: ${Object.keys(PROFILES).join(', ')}.`);
  process.exit(2);
}
const seed = Number(env.DEMO_SEED ?? 2026);
const secrets = await loadOrCreateDevelopmentSecrets(dataDir);
const services: ServiceProcess[] = [];
let postgres: RunningPostgres | undefined;
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping…');
    await stopServices(services);
    await postgres?.stop();
  }
  process.exit(exitCode);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

try {
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const port = portVariable(env, 'POSTGRES_PORT', 54329);
    console.log(`Starting embedded PostgreSQL on port ${port} (data in ${path.join(dataDir, 'postgres')})…`);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port, password: secrets.postgresPassword, persistent: true });
    await ensureDatabase(postgres.url, 'cogovernance');
    databaseUrl = postgres.databaseUrl('cogovernance');
  }

  const serviceEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    GATEWAY_SECRET: secrets.gatewaySecret,
    PERSON_ID_HASH_KEY: env.PERSON_ID_HASH_KEY ?? secrets.idNumberKey,
    AUTH_PUBLIC_KEY: secrets.publicKeyPem,
    AUTH_ISSUER: DEVELOPMENT_ISSUER,
    AUTH_AUDIENCE: DEVELOPMENT_AUDIENCE,
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
  };
  const plan = createDistrictPlan(profile, seed);
  console.log('Applying migrations…');
  const prepared = await prepareDatabase(databaseUrl, SUBGRAPHS, plan, serviceEnv);
  console.log(
    prepared.seeded
      ? `Loaded the demo district ${plan.district.name}: ${plan.neighborhoods.length} neighborhoods, ${plan.units.length} units, ${plan.persons.length} people.`
      : 'Demo data already present; kept as it is.',
  );

  const subgraphUrls: Record<string, string> = {};
  for (const module of SUBGRAPHS) {
    const port = portVariable(env, environmentName(module.name, 'PORT'), module.defaultPort);
    const service = spawnService(module.name, path.resolve('dist/subgraphs', module.name, 'src/index.js'), serviceEnv);
    services.push(service);
    subgraphUrls[environmentName(module.name, 'URL')] = `http://127.0.0.1:${port}/graphql`;
    await waitUntilReady(service, `http://127.0.0.1:${port}/ready`);
    console.log(`  ${module.name} subgraph ready on port ${port}`);
  }
  const gatewayPort = portVariable(env, 'GATEWAY_PORT', 4000);
  const gateway = spawnService('gateway', path.resolve('dist/gateway/src/index.js'), { ...serviceEnv, ...subgraphUrls });
  services.push(gateway);
  await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/health`);

  const issuer = await createTokenIssuer(secrets.privateKeyPem, DEVELOPMENT_ISSUER, DEVELOPMENT_AUDIENCE);
  const callers = demoCallers(plan);
  const tokens = await issueDemoTokens(issuer, callers);
  const tokensFile = path.join(dataDir, 'demo-tokens.json');
  await writeFile(tokensFile, JSON.stringify(Object.fromEntries(tokens), null, 2), { mode: 0o600 });
  console.log(banner(`http://127.0.0.1:${gatewayPort}/graphql`, callers, tokens, tokensFile));
  for (const service of services) {
    service.child.once('exit', (code) => {
      if (!stopping) {
        console.error(`${service.name} stopped unexpectedly (exit code ${code}); stopping everything.`);
        void stopAll(1);
      }
    });
  }
} catch (error) {
  console.error(`Start failed: ${(error as Error).message}`);
  await stopAll(1);
}
