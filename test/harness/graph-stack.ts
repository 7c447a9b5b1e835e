import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase } from '../../infra/postgres/embedded-postgres.js';
import { prepareDatabase } from '../../infra/demo/prepare-database.js';
import { createDistrictPlan, type DistrictPlan } from '../../infra/demo/district-plan.js';
import { LIANGSHAN, type DistrictProfile } from '../../infra/demo/profiles.js';
import { demoCallers, issueDemoTokens } from '../../infra/demo/demo-tokens.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { createTokenIssuer, type TokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import { createTokenVerifier } from '../../subgraphs/platform/access/token-verifier.js';
import type { Role } from '../../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/platform/http/start-subgraph.js';
import { createLogger } from '../../subgraphs/platform/logging/logger.js';
import type { Environment } from '../../subgraphs/platform/config/environment.js';
import { composeSupergraph } from '../../gateway/src/composition/compose-supergraph.js';
import { startGateway } from '../../gateway/src/gateway.js';
import { DEFAULT_LIMITS } from '../../gateway/src/limits.js';
import { readGatewayEngine } from '../../gateway/src/gateway-engine.js';
import type { RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import { TEST_AUDIENCE, TEST_ENV, TEST_GATEWAY_SECRET, TEST_ID_NUMBER_KEY, TEST_ISSUER, testVariable } from './test-environment.js';

const TEMPLATE_DATABASE = 'graph_template';

/** The gateway engine the suites run against: GATEWAY_ENGINE, as for `npm start`. */
export const TEST_GATEWAY_ENGINE = readGatewayEngine(process.env);

/**
 * Creates the template database with every migration applied, once per run: the first worker to get here does it
 * under an advisory lock while the others wait. Each suite then copies the template into a database of its own.
 */
async function ensureMigratedTemplate(maintenanceUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(20261123)');
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [TEMPLATE_DATABASE]);
    if (!rowCount) {
      await client.query(`create database "${TEMPLATE_DATABASE}"`);
      await prepareDatabase(maintenanceUrl.replace(/\/[^/]+$/, `/${TEMPLATE_DATABASE}`), SUBGRAPHS, null, {});
    }
  } finally {
    await client.query('select pg_advisory_unlock(20261123)');
    await client.end();
  }
}

/** The seed every suite's demo district is generated from; expectations are computed from the same plan. */
export const TEST_SEED = 2026;

export interface GraphResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface GraphStack {
  gatewayUrl: string;
  subgraphs: Map<string, RunningSubgraph>;
  plan: DistrictPlan;
  /** A demo token per role, as `npm start` prints them. */
  tokens: Map<Role, string>;
  issuer: TokenIssuer;
  env: Environment;
  /** An operation through the gateway. */
  graphql<T = Record<string, unknown>>(query: string, options?: { token?: string; variables?: Record<string, unknown> }): Promise<GraphResponse<T>>;
  /** A raw request straight to a subgraph, with whatever headers the test chooses. */
  subgraphRequest(name: string, body: unknown, headers?: Record<string, string>): Promise<GraphResponse>;
  /** SQL statements each subgraph sent since the last reset. */
  sqlStatements(name: string): number;
  resetSqlCount(): void;
  stop(): Promise<void>;
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<GraphResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphResponse['body'] };
}

/**
 * Starts the whole graph for one suite: a database of its own (copied from the migrated template, with the demo
 * district loaded), every subgraph on a free port, and the gateway composed from the current code.
 */
export async function startGraph(options: { profile?: DistrictProfile; env?: Record<string, string> } = {}): Promise<GraphStack> {
  const maintenanceUrl = testVariable(TEST_ENV.maintenanceUrl);
  const database = `suite_${randomBytes(6).toString('hex')}`;
  await ensureMigratedTemplate(maintenanceUrl);
  await ensureDatabase(maintenanceUrl, database, TEMPLATE_DATABASE);
  const databaseUrl = maintenanceUrl.replace(/\/[^/]+$/, `/${database}`);

  const env: Environment = {
    DATABASE_URL: databaseUrl,
    GATEWAY_SECRET: TEST_GATEWAY_SECRET,
    PERSON_ID_HASH_KEY: TEST_ID_NUMBER_KEY,
    AUTH_PUBLIC_KEY: testVariable(TEST_ENV.publicKey),
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...Object.fromEntries(SUBGRAPHS.map((module) => [environmentName(module.name, 'PORT'), '0'])),
    ...options.env,
  };
  const plan = createDistrictPlan(options.profile ?? LIANGSHAN, TEST_SEED);
  await prepareDatabase(databaseUrl, SUBGRAPHS, plan, env);

  const statements = new Map<string, number>();
  const subgraphs = new Map<string, RunningSubgraph>();
  let gateway: RunningServer | undefined;
  try {
    for (const module of SUBGRAPHS) {
      statements.set(module.name, 0);
      const onQuery = (message: string) => {
        if (/\[query\]/.test(message)) {
          statements.set(module.name, (statements.get(module.name) ?? 0) + 1);
          if (process.env.TEST_LOG_SQL) console.log(`${module.name}: ${message.slice(0, 160)}`);
        }
      };
      subgraphs.set(module.name, await startSubgraph(module, env, { onQuery }));
    }
    const composed = await composeSupergraph(SUBGRAPHS);
    gateway = await startGateway(
      {
        engine: TEST_GATEWAY_ENGINE,
        supergraphSdl: composed.supergraph,
        subgraphUrls: Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url])),
        gatewaySecret: TEST_GATEWAY_SECRET,
        verifyToken: await createTokenVerifier({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, publicKeyPem: env.AUTH_PUBLIC_KEY }),
        logger: createLogger('gateway', 'silent'),
        introspection: false,
        // The machines running tests are shared and slow; the timeout itself is not what these tests check.
        limits: { ...DEFAULT_LIMITS, subgraphTimeoutMs: 60_000 },
      },
      0,
    );
  } catch (error) {
    await gateway?.stop();
    for (const running of subgraphs.values()) await running.stop();
    throw error;
  }

  const issuer = await createTokenIssuer(testVariable(TEST_ENV.privateKey), TEST_ISSUER, TEST_AUDIENCE);
  const tokens = await issueDemoTokens(issuer, demoCallers(plan), '1h');
  const gatewayUrl = gateway.url;
  const runningGateway = gateway;

  return {
    gatewayUrl,
    subgraphs,
    plan,
    tokens,
    issuer,
    env,
    graphql: (query, options = {}) =>
      post(gatewayUrl, { query, variables: options.variables }, options.token ? { authorization: `Bearer ${options.token}` } : {}) as never,
    subgraphRequest: (name, body, headers = {}) => post(subgraphs.get(name)!.url, body, headers),
    sqlStatements: (name) => statements.get(name) ?? 0,
    resetSqlCount: () => {
      for (const name of statements.keys()) statements.set(name, 0);
    },
    async stop() {
      await runningGateway.stop();
      for (const running of subgraphs.values()) await running.stop();
    },
  };
}

/** The headers the gateway adds when it calls a subgraph for a caller. */
export function gatewayHeaders(token: string): Record<string, string> {
  return { [GATEWAY_SECRET_HEADER]: TEST_GATEWAY_SECRET, authorization: `Bearer ${token}` };
}
