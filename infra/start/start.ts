import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { portVariable } from '../../subgraphs/platform/config/environment.js';
import { PROFILES } from '../demo/profiles.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { runSystem, type RunningSystem } from './run-system.js';
import { banner } from './banner.js';

// `npm start`: Postgres (embedded unless DATABASE_ADMIN_URL is set), roles, migrations, demo data on the first start, every
// subgraph in its own process, then the gateway. Ctrl-C stops it all.
const env = process.env;
const dataDir = path.resolve(env.DATA_DIR ?? '.data');
const profile = PROFILES[env.DEMO_PROFILE ?? 'liangshan'];
if (!profile) {
  console.error(`Unknown DEMO_PROFILE "${env.DEMO_PROFILE}"; known profiles: ${Object.keys(PROFILES).join(', ')}.`);
  process.exit(2);
}

let system: RunningSystem | undefined;
let stopping = false;
async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping…');
    await system?.stop();
  }
  process.exit(exitCode);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

if (env.DATABASE_URL && !env.DATABASE_ADMIN_URL) {
  console.warn('DATABASE_URL is ignored: npm start gives each service its own. Set DATABASE_ADMIN_URL to use an external PostgreSQL.');
}

try {
  const gatewayPort = portVariable(env, 'GATEWAY_PORT', 4000);
  system = await runSystem({
    dataDir,
    persistent: true,
    adminDatabaseUrl: env.DATABASE_ADMIN_URL,
    postgresPort: portVariable(env, 'POSTGRES_PORT', 54329),
    gatewayPort,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((module) => [module.name, portVariable(env, environmentName(module.name, 'PORT'), module.defaultPort)])),
    profile,
    seed: Number(env.DEMO_SEED ?? 2026),
    env,
    log: (line) => console.log(line),
  });
  const tokensFile = path.join(dataDir, 'demo-tokens.json');
  const running = system;
  const saveTokens = () => writeFile(tokensFile, JSON.stringify(Object.fromEntries(running.tokens), null, 2), { mode: 0o600 });
  await saveTokens();
  // The system renews its tokens every minute (a company's lasts 5); the file, which the console's role picker and
  // scripts read, follows.
  setInterval(() => void saveTokens().catch(() => undefined), 60_000).unref();
  console.log(banner(system.gatewayUrl, system.gateways[0].engine, system.callers, system.tokens, tokensFile, system.freshTokens.lifetimeSeconds));
  system.watch((name, code) => {
    console.error(`${name} stopped unexpectedly (exit code ${code}); stopping everything.`);
    void stopAll(1);
  });
} catch (error) {
  console.error(`Start failed: ${(error as Error).message}`);
  await stopAll(1);
}
