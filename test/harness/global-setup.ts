import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

type EmbeddedPostgresModule = typeof import('../../infra/postgres/embedded-postgres.js');
type FreePortModule = typeof import('../../infra/postgres/free-port.js');
type TestEnvironmentModule = typeof import('./test-environment.js');

/**
 * Once per test run: a throw-away PostgreSQL and a signing key pair, handed to the workers through the environment.
 * Jest loads this file outside its module system, so project modules are imported by their source path (Node runs
 * these plain TypeScript files (no decorators, no relative imports) directly); everything else happens inside the workers.
 */
export default async function globalSetup(): Promise<void> {
  const source = (file: string) => new URL(`${file}.ts`, import.meta.url).href;
  const { startEmbeddedPostgres } = (await import(source('../../infra/postgres/embedded-postgres'))) as EmbeddedPostgresModule;
  const { findFreePort } = (await import(source('../../infra/postgres/free-port'))) as FreePortModule;
  const { TEST_ENV } = (await import(source('./test-environment'))) as TestEnvironmentModule;
  const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'graph-test-')), 'pg');
  const postgres = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), password: 'test', persistent: false });
  (globalThis as { testPostgres?: typeof postgres }).testPostgres = postgres;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  process.env[TEST_ENV.maintenanceUrl] = postgres.url;
  process.env[TEST_ENV.privateKey] = await exportPKCS8(privateKey);
  process.env[TEST_ENV.publicKey] = await exportSPKI(publicKey);
}
