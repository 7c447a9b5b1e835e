import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import type { DistrictProfile } from '../demo/profiles.js';
import { findFreePort } from '../postgres/free-port.js';
import { runSystem, type RunningSystem } from './run-system.js';

/**
 * The whole system for a script (load, crash, bench): a temporary database and free loopback ports, so it never
 * touches a running `npm start`; `stop()` also removes the temporary data.
 */
export async function startScratchSystem(options: {
  name: string;
  profile: DistrictProfile;
  logLevel: string;
  postgresFlags?: string[];
}): Promise<RunningSystem> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${options.name}-`));
  const [postgresPort, gatewayPort, ...subgraphPorts] = await Promise.all([findFreePort(), findFreePort(), ...SUBGRAPHS.map(() => findFreePort())]);
  const system = await runSystem({
    dataDir,
    persistent: false,
    postgresPort,
    postgresFlags: options.postgresFlags,
    gatewayPort,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((module, index) => [module.name, subgraphPorts[index]])),
    profile: options.profile,
    seed: 2026,
    env: { ...process.env, LOG_LEVEL: options.logLevel },
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
