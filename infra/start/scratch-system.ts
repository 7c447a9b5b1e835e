import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import type { DistrictProfile } from '../demo/profiles.js';
import { findFreePort } from '../postgres/free-port.js';
import { runSystem, type RunningSystem } from './run-system.js';
import { readGatewayEngine, type GatewayEngine } from '../../gateway/src/gateway-engine.js';

/**
 * The whole system for a script (load, crash, bench): a temporary database and free loopback ports, so it never
 * touches a running `npm start`; `stop()` also removes the temporary data.
 */
export async function startScratchSystem(options: {
  name: string;
  profile: DistrictProfile;
  logLevel: string;
  postgresFlags?: string[];
  /** Gateway engines to run side by side in front of the same subgraphs; the first is the main gateway. */
  engines?: GatewayEngine[];
  /**
   * Runs every service with NODE_ENV=production, as deployed (what a benchmark must measure): graphql-js then skips
   * its check for a second copy of itself on every failed `instanceof`, which outside production cost 25–40 % of
   * executing a large list. The gateway then has no console or introspection, and PUBLIC_ORIGIN is set to an https
   * placeholder (nothing here prints a notice for the public). A NODE_ENV set by the caller wins
   * (`NODE_ENV=development npm run bench` measures development mode).
   */
  production?: boolean;
}): Promise<RunningSystem> {
  const [mainEngine, ...otherEngines] = options.engines ?? [readGatewayEngine(process.env)];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${options.name}-`));
  const [postgresPort, gatewayPort, ...subgraphPorts] = await Promise.all([findFreePort(), findFreePort(), ...SUBGRAPHS.map(() => findFreePort())]);
  const extraGateways = await Promise.all(otherEngines.map(async (engine) => ({ engine, port: await findFreePort() })));
  const system = await runSystem({
    dataDir,
    persistent: false,
    postgresPort,
    postgresFlags: options.postgresFlags,
    gatewayPort,
    extraGateways,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((module, index) => [module.name, subgraphPorts[index]])),
    profile: options.profile,
    seed: 2026,
    env: {
      ...process.env,
      LOG_LEVEL: options.logLevel,
      GATEWAY_ENGINE: mainEngine,
      ...(options.production && process.env.NODE_ENV === undefined ? { NODE_ENV: 'production', PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? 'https://scratch.invalid' } : {}),
    },
    log: (line) => console.log(line),
  });
  return {
    ...system,
    async stop() {
      await system.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
