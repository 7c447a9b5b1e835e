import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/platform/access/gateway-secret.js';
import { GRAFBASE_BINARY, writeGrafbaseConfig } from '../gateway/src/composition/grafbase-config.js';
import { findFreePort } from '../infra/postgres/free-port.js';

/**
 * Grafbase's Rust gateway as the benchmark's peer engine, in front of the same subgraphs as ours: a generated
 * `grafbase.toml` in a scratch folder (also its HOME, so nothing is read from or written to the user's), the
 * subgraphs' SDL without descriptions (grafbase-config.ts), the caller's `authorization` forwarded to every subgraph
 * and each subgraph's own gateway secret inserted only on requests to it, as our gateway does
 * (gateway/src/forward-to-subgraphs.ts). For `npm run bench` only; never part of `npm start`.
 */
export interface PeerSubgraph {
  name: string;
  url: string;
  sdl: string;
  gatewaySecret: string;
}

export interface RunningPeer {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** The installed Grafbase CLI's version, for the benchmark's header. */
export const GRAFBASE_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(GRAFBASE_BINARY), 'package.json'), 'utf8')) as { version: string }).version;

export async function startGrafbasePeer(subgraphs: readonly PeerSubgraph[]): Promise<RunningPeer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-grafbase-'));
  await writeGrafbaseConfig(
    folder,
    subgraphs.map(({ name, url, sdl, gatewaySecret }) => ({ name, url, sdl, headers: { [GATEWAY_SECRET_HEADER]: gatewaySecret } })),
  );
  const port = await findFreePort();
  const child = spawn(GRAFBASE_BINARY, ['dev', '--config', 'grafbase.toml', '--port', String(port)], {
    cwd: folder,
    env: { PATH: process.env.PATH, HOME: folder, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Keep the end of its error output for a failure message; it is not shown otherwise.
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-2000);
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(folder, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const exitCode = child.exitCode;
  await stop();
  throw new Error(
    exitCode === null
      ? `Grafbase did not answer at ${url} within ${READY_TIMEOUT_MS / 1000}s: ${errors.trim()}`
      : `Grafbase exited with code ${exitCode} while starting: ${errors.trim()}`,
  );
}
