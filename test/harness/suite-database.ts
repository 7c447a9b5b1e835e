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
      await build(scratch);
      await client.query(`alter database "${scratch}" rename to "${template}"`);
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

/**
 * A database of the suite's own, copied from the profile's seeded template (built first if this run has none). With
 * `name`, the database of that name is dropped first, connections and all, so a running graph whose services connect
 * to it reconnect to the fresh copy (their pools replace the connections the server ended).
 */
export async function createSuiteDatabase(profile: DistrictProfile, name?: string): Promise<SuiteDatabase> {
  const maintenanceUrl = testVariable(TEST_ENV.maintenanceUrl);
  // The district is loaded with the settings every suite shares (the seeders read only the ID-number key).
  const { template, plan } = await ensureSeededTemplate(maintenanceUrl, profile, { PERSON_ID_HASH_KEY: TEST_ID_NUMBER_KEY });
  const database = name ?? `suite_${randomBytes(6).toString('hex')}`;
  const began = performance.now();
  if (name) await dropDatabase(maintenanceUrl, name);
  const dropped = performance.now();
  await copyDatabase(maintenanceUrl, database, template);
  const copied = performance.now();
  const adminDatabaseUrl = databaseUrl(maintenanceUrl, database);
  // Who may connect to a database is not copied with the template.
  await secureDatabaseCopy(maintenanceUrl, database, [...TEST_ROLE_PASSWORDS.keys()]);
  if (process.env.TEST_TIMING) process.stderr.write(`database: drop ${Math.round(dropped - began)} ms, copy ${Math.round(copied - dropped)} ms, grants ${Math.round(performance.now() - copied)} ms\n`);
  return { plan, adminDatabaseUrl, urls: roleUrls(adminDatabaseUrl) };
}

/** A copy of `template` by copying its files (faster than the default, which writes every page through the WAL). */
async function copyDatabase(maintenanceUrl: string, database: string, template: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`create database "${database}" template "${template}" strategy file_copy`);
  } finally {
    await client.end();
  }
}

async function dropDatabase(maintenanceUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}
