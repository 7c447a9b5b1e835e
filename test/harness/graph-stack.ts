import type { DistrictPlan } from '../../infra/demo/district-plan.js';
import { LIANGSHAN, type DistrictProfile } from '../../infra/demo/profiles.js';
import { demoCallers, issueDemoTokens } from '../../infra/demo/demo-tokens.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { createTokenIssuer, type TokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import { createTokenVerifier } from '../../subgraphs/platform/access/token-verifier.js';
import type { Role } from '../../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import { environmentName, type SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/platform/http/start-subgraph.js';
import { createLogger } from '../../subgraphs/platform/logging/logger.js';
import { readAuthConfig, type Environment } from '../../subgraphs/platform/config/environment.js';
import { startGateway } from '../../gateway/src/gateway.js';
import { DEFAULT_LIMITS } from '../../gateway/src/limits.js';
import { readGatewayEngine } from '../../gateway/src/gateway-engine.js';
import type { RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import { adjustableClock, type AdjustableClock } from '../../subgraphs/platform/clock/clock.js';
import { composedSupergraph } from './supergraph-cache.js';
import { createSuiteDatabase } from './suite-database.js';
import { TEST_GATEWAY_SECRETS, TEST_PUBLIC_KEY_ENV, testGatewaySecret, testSubgraphEnvironment } from './test-keys.js';
import { TEST_AUDIENCE, TEST_ENV, TEST_ID_NUMBER_KEY, TEST_ISSUER, TEST_WEBHOOK_SECRET_KEY, testVariable } from './test-environment.js';

export { TEST_SEED } from './suite-database.js';

/** The gateway engine the suites run against: GATEWAY_ENGINE, as for `npm start`. */
export const TEST_GATEWAY_ENGINE = readGatewayEngine(process.env);

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
  /** The environment shared by every subgraph (each also gets its own DATABASE_URL: `runtimeDatabaseUrls`). */
  env: Environment;
  /** The clock every subgraph of this graph reads times of legal effect from: a test moves it (`clock.advance('16d')`) instead of sleeping. */
  clock: AdjustableClock;
  /** The suite database as the superuser: only for tests that must set up or inspect what no role may touch. */
  adminDatabaseUrl: string;
  /** The suite database as each subgraph's runtime role, the one its service connects with, by subgraph name. */
  runtimeDatabaseUrls: Map<string, string>;
  /** The suite database as each subgraph's owner role, the one its migrations run as, by subgraph name. */
  migrationDatabaseUrls: Map<string, string>;
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
export interface GraphOptions {
  profile?: DistrictProfile;
  /** Every service's log lines, at every level, go here instead of nowhere (the canary test reads them). */
  logSink?: (line: string) => void;
  /** A shorter grant age bound for every service (GRANT_MAX_AGE_SECONDS). */
  maxGrantAgeSeconds?: number;
  /** Extra environment for every service. */
  env?: Record<string, string>;
}

export async function startGraph(options: GraphOptions = {}): Promise<GraphStack> {
  const env: Environment = {
    PERSON_ID_HASH_KEY: TEST_ID_NUMBER_KEY,
    AUTH_PUBLIC_KEY: testVariable(TEST_ENV.publicKey),
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: options.logSink ? 'trace' : (process.env.TEST_LOG_LEVEL ?? 'silent'),
    ...(options.maxGrantAgeSeconds ? { GRANT_MAX_AGE_SECONDS: String(options.maxGrantAgeSeconds) } : {}),
    ...TEST_PUBLIC_KEY_ENV,
    WEBHOOK_SECRET_KEY: TEST_WEBHOOK_SECRET_KEY,
    // Quick passes and retries, so event tests wait milliseconds rather than seconds.
    EVENTS_RELAY_INTERVAL_MS: '100',
    WEBHOOK_DELIVERY_INTERVAL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_TIMEOUT_MS: '2000',
    ...Object.fromEntries(SUBGRAPHS.map((module) => [environmentName(module.name, 'PORT'), '0'])),
    ...options.env,
  };
  const { plan, adminDatabaseUrl, urls } = await createSuiteDatabase(options.profile ?? LIANGSHAN);

  const logDestination = options.logSink ? { write: (line: string) => options.logSink!(line) } : undefined;
  const clock = adjustableClock();
  const statements = new Map<string, number>();
  const subgraphs = new Map<string, RunningSubgraph>();
  let gateway: RunningServer | undefined;
  try {
    const start = async (module: SubgraphModule) => {
      statements.set(module.name, 0);
      const onQuery = (message: string) => {
        if (/\[query\]/.test(message)) {
          statements.set(module.name, (statements.get(module.name) ?? 0) + 1);
          if (process.env.TEST_LOG_SQL) console.log(`${module.name}: ${message.slice(0, 160)}`);
        }
      };
      return startSubgraph(module, { ...env, ...testSubgraphEnvironment(module.name), DATABASE_URL: urls.get(module.name)!.runtime }, { onQuery, clock }, logDestination);
    };
    // The notifications service starts first: the others' relays need its address. They then start side by side.
    const notifications = SUBGRAPHS.find((module) => module.name === 'notifications')!;
    const intake = await start(notifications);
    subgraphs.set(notifications.name, intake);
    env.NOTIFICATIONS_INTAKE_URL = intake.url.replace(/\/graphql$/, '/events');
    const others = SUBGRAPHS.filter((module) => module !== notifications);
    const started = await Promise.allSettled(others.map(start));
    started.forEach((result, index) => {
      if (result.status === 'fulfilled') subgraphs.set(others[index].name, result.value);
    });
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    gateway = await startGateway(
      {
        engine: TEST_GATEWAY_ENGINE,
        supergraphSdl: await composedSupergraph(SUBGRAPHS),
        subgraphUrls: Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url])),
        gatewaySecrets: TEST_GATEWAY_SECRETS,
        verifyToken: await createTokenVerifier(readAuthConfig(env)),
        logger: createLogger('gateway', env.LOG_LEVEL!, logDestination),
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
  // A property company's token is honoured for five minutes after issue (platform/access/grant-age.ts); long suites
  // get fresh demo tokens every minute, as a client would from the identity side.
  const refresh = setInterval(() => {
    void issueDemoTokens(issuer, demoCallers(plan), '1h').then((fresh) => fresh.forEach((token, role) => tokens.set(role, token)));
  }, 60_000);
  refresh.unref();
  const gatewayUrl = gateway.url;
  const runningGateway = gateway;

  return {
    gatewayUrl,
    subgraphs,
    plan,
    tokens,
    issuer,
    env,
    clock,
    adminDatabaseUrl,
    runtimeDatabaseUrls: new Map([...urls].map(([name, { runtime }]) => [name, runtime])),
    migrationDatabaseUrls: new Map([...urls].map(([name, { migration }]) => [name, migration])),
    graphql: (query, options = {}) =>
      post(gatewayUrl, { query, variables: options.variables }, options.token ? { authorization: `Bearer ${options.token}` } : {}) as never,
    subgraphRequest: (name, body, headers = {}) => post(subgraphs.get(name)!.url, body, headers),
    sqlStatements: (name) => statements.get(name) ?? 0,
    resetSqlCount: () => {
      for (const name of statements.keys()) statements.set(name, 0);
    },
    async stop() {
      clearInterval(refresh);
      await runningGateway.stop();
      for (const running of subgraphs.values()) await running.stop();
    },
  };
}

/** The headers the gateway adds when it calls subgraph `name` for a caller (each subgraph has its own secret). */
export function gatewayHeaders(name: string, token: string): Record<string, string> {
  return { [GATEWAY_SECRET_HEADER]: testGatewaySecret(name), authorization: `Bearer ${token}` };
}
