import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase } from '../../infra/postgres/embedded-postgres.js';
import { ensureDatabaseRoles, secureDatabase, secureDatabaseCopy, subgraphDatabaseUrls, type RolePasswords } from '../../infra/postgres/database-roles.js';
import { prepareDatabase } from '../../infra/demo/prepare-database.js';
import { createDistrictPlan, type DistrictPlan } from '../../infra/demo/district-plan.js';
import type { DistrictProfile } from '../../infra/demo/profiles.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import type { Environment } from '../../subgraphs/platform/config/environment.js';
import { TEST_ENV, TEST_ID_NUMBER_KEY, testVariable } from './test-environment.js';

/** A suite's own database: copied from a template with the subgraphs' schemas migrated and a demo district loaded. */

const TEMPLATE_DATABASE = 'graph_template';

/** The seed every suite's demo district is generated from; expectations are computed from the same plan. */
export const TEST_SEED = 2026;

/** The passwords of every subgraph's two roles on the test server (they protect nothing but a throw-away server). */
const TEST_ROLE_PASSWORDS = new Map<string, RolePasswords>(
  SUBGRAPHS.map(({ database }) => [database.schema, { owner: `${database.schema}-owner-test`, runtime: `${database.schema}-runtime-test` }]),
);

const databaseUrl = (maintenanceUrl: string, database: string) => maintenanceUrl.replace(/\/[^/]+$/, `/${database}`);

/** Each subgraph's owner (migration) and runtime URLs on one database of the test server, by subgraph name. */
function roleUrls(adminUrl: string): Map<string, { migration: string; runtime: string }> {
  const bySchema = subgraphDatabaseUrls(adminUrl, TEST_ROLE_PASSWORDS);
  return new Map(SUBGRAPHS.map((module) => [module.name, bySchema.get(module.database.schema)!]));
}

/**
 * Builds a database that suites copy, once per test run: the first worker to get here does it under an advisory
 * lock while the others wait (roles belong to the whole server). It is built under a scratch name and renamed when
 * complete, so a build that failed half-way is never copied.
 */
async function ensureTemplate(maintenanceUrl: string, template: string, build: (database: string) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(20261123)');
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [template]);
    if (!rowCount) {
      const scratch = `${template}_building`;
      await client.query(`drop database if exists "${scratch}"`);
      const began = performance.now();
      const cpu = process.cpuUsage();
      await build(scratch);
      await client.query(`alter database "${scratch}" rename to "${template}"`);
      if (process.env.TEST_TIMING) process.stderr.write(`template ${template} built in ${Math.round(performance.now() - began)} ms, ${Math.round(process.cpuUsage(cpu).user / 1000)} ms CPU here (worker ${process.env.JEST_WORKER_ID})\n`);
    }
  } finally {
    await client.query('select pg_advisory_unlock(20261123)');
    await client.end();
  }
}

/** The subgraphs' roles and the template database with every migration applied by the owner roles. */
async function ensureMigratedTemplate(maintenanceUrl: string): Promise<void> {
  await ensureTemplate(maintenanceUrl, TEMPLATE_DATABASE, async (database) => {
    await ensureDatabaseRoles(maintenanceUrl, TEST_ROLE_PASSWORDS);
    await ensureDatabase(maintenanceUrl, database);
    const templateUrl = databaseUrl(maintenanceUrl, database);
    await secureDatabase(templateUrl, [...TEST_ROLE_PASSWORDS.keys()]);
    const urls = roleUrls(templateUrl);
    await prepareDatabase((name) => urls.get(name)!.migration, SUBGRAPHS, null, {});
  });
}

/**
 * A copy of the migrated template with one profile's demo district loaded, once per run and profile: loading the
 * district took most of a suite's start-up, and every suite of a profile starts from the same data. Each suite then
 * copies this database, privileges included, into one of its own.
 */
async function ensureSeededTemplate(maintenanceUrl: string, profile: DistrictProfile, env: Environment): Promise<{ template: string; plan: DistrictPlan }> {
  await ensureMigratedTemplate(maintenanceUrl);
  const plan = createDistrictPlan(profile, TEST_SEED);
  const digest = createHash('sha256').update(JSON.stringify(profile)).digest('hex').slice(0, 12);
  const template = `graph_seeded_${digest}`;
  await ensureTemplate(maintenanceUrl, template, async (database) => {
    await ensureDatabase(maintenanceUrl, database, TEMPLATE_DATABASE);
    const templateUrl = databaseUrl(maintenanceUrl, database);
    await secureDatabase(templateUrl, [...TEST_ROLE_PASSWORDS.keys()]);
    const urls = roleUrls(templateUrl);
    await prepareDatabase((name) => urls.get(name)!.migration, SUBGRAPHS, plan, env);
  });
  return { template, plan };
}

export interface SuiteDatabase {
  plan: DistrictPlan;
  /** The suite database as the superuser. */
  adminDatabaseUrl: string;
  /** Each subgraph's owner (migration) and runtime URLs on the suite database, by subgraph name. */
  urls: Map<string, { migration: string; runtime: string }>;
}

/** A database of the suite's own, copied from the profile's seeded template (built first if this run has none). */
export async function createSuiteDatabase(profile: DistrictProfile): Promise<SuiteDatabase> {
  const maintenanceUrl = testVariable(TEST_ENV.maintenanceUrl);
  const { template, plan } = await seededTemplate(maintenanceUrl, profile);
  const database = `suite_${randomBytes(6).toString('hex')}`;
  await copyTemplate(maintenanceUrl, database, template);
  return { plan, adminDatabaseUrl: databaseUrl(maintenanceUrl, database), urls: roleUrls(databaseUrl(maintenanceUrl, database)) };
}

/** A database of a fixed name that a running graph keeps connecting to, replaced by a fresh copy for each suite. */
export interface RenewableDatabase extends SuiteDatabase {
  /**
   * Drops the database, connections and all (the services' pools replace the connections the server ended), and puts
   * a fresh copy of the template in its place. The copy for the next suite is made in the background meanwhile, so
   * a renewal is usually a drop and a rename.
   */
  renew(): Promise<void>;
}

export async function createRenewableDatabase(profile: DistrictProfile, name: string): Promise<RenewableDatabase> {
  const maintenanceUrl = testVariable(TEST_ENV.maintenanceUrl);
  const { template, plan } = await seededTemplate(maintenanceUrl, profile);
  const spare = `${name}_next`;
  const prepare = () => withMaintenance(maintenanceUrl, (client) => client.query(`drop database if exists "${spare}"`)).then(() => copyTemplate(maintenanceUrl, spare, template));
  await withMaintenance(maintenanceUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
  await copyTemplate(maintenanceUrl, name, template);
  let next = prepare();
  // A failed spare is made again at the next renewal; until then its failure is not the running suite's.
  next.catch(() => undefined);
  const adminDatabaseUrl = databaseUrl(maintenanceUrl, name);
  return {
    plan,
    adminDatabaseUrl,
    urls: roleUrls(adminDatabaseUrl),
    async renew() {
      const ready = await next.then(() => true, () => false);
      await withMaintenance(maintenanceUrl, async (client) => {
        await client.query(`drop database if exists "${name}" with (force)`);
        // Grants on a database belong to it, not to its name: the spare's were given when it was copied.
        if (ready) await client.query(`alter database "${spare}" rename to "${name}"`);
      });
      if (!ready) await copyTemplate(maintenanceUrl, name, template);
      next = prepare();
      next.catch(() => undefined);
    },
  };
}

/** The profile's seeded template, loaded with the settings every suite shares (the seeders read only the ID-number key). */
function seededTemplate(maintenanceUrl: string, profile: DistrictProfile) {
  return ensureSeededTemplate(maintenanceUrl, profile, { PERSON_ID_HASH_KEY: TEST_ID_NUMBER_KEY });
}

/**
 * Copies `template` by copying its files (faster than the default strategy, which writes every page through the
 * WAL), then lets the subgraphs' roles connect: who may connect to a database is not copied with it.
 */
async function copyTemplate(maintenanceUrl: string, database: string, template: string): Promise<void> {
  await withMaintenance(maintenanceUrl, (client) => client.query(`create database "${database}" template "${template}" strategy file_copy`));
  await secureDatabaseCopy(maintenanceUrl, database, [...TEST_ROLE_PASSWORDS.keys()]);
}

async function withMaintenance<T>(maintenanceUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
