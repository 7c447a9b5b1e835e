import { LIANGSHAN } from '../../infra/demo/profiles.js';
import { demoCallers, issueDemoTokens } from '../../infra/demo/demo-tokens.js';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { createTokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import { createTokenVerifier } from '../../subgraphs/platform/access/token-verifier.js';
import { environmentName, type SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/platform/http/start-subgraph.js';
import { createLogger } from '../../subgraphs/platform/logging/logger.js';
import { readAuthConfig, type Environment } from '../../subgraphs/platform/config/environment.js';
import { startGateway } from '../../gateway/src/gateway.js';
import { DEFAULT_LIMITS } from '../../gateway/src/limits.js';
import { readGatewayEngine } from '../../gateway/src/gateway-engine.js';
import type { RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import { adjustableClock } from '../../subgraphs/platform/clock/clock.js';
import { composedSupergraph } from './supergraph-cache.js';
import type { ExtraGatewayOptions, GraphOptions, GraphResponse, GraphStack } from './graph-stack.js';
import { createRenewableDatabase, createSuiteDatabase } from './suite-database.js';
import { TEST_GATEWAY_SECRETS, TEST_PUBLIC_KEY_ENV, testSubgraphEnvironment } from './test-keys.js';
import { TEST_AUDIENCE, TEST_ENV, TEST_ID_NUMBER_KEY, TEST_ISSUER, TEST_WEBHOOK_SECRET_KEY, testVariable } from './test-environment.js';

/** The gateway engine the suites run against: GATEWAY_ENGINE, as for `npm start`. */
const TEST_GATEWAY_ENGINE = readGatewayEngine(process.env);

/** A graph that can start over on a fresh copy of its database without restarting its services. */
export interface ReusableGraph extends GraphStack {
  /**
   * Replaces the graph's database with a fresh copy of the seeded template, moves the clocks back to now, zeroes the
   * statement counts and issues fresh demo tokens: what the next suite sees is what a newly booted graph shows.
   * Only for a graph booted with a database name.
   */
  renew(): Promise<void>;
  /**
   * Stops one subgraph and starts it again on the same port (the gateway keeps its address) with `extraEnv` over the
   * graph's environment; an empty `extraEnv` restores it as booted.
   */
  restartSubgraph(name: string, extraEnv: Record<string, string>): Promise<void>;
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
 * Starts the whole graph in this process: a database of its own (copied from the profile's seeded template), every
 * subgraph on a free port, and the gateway composed from the current code. Suites reach it through `startGraph`
 * (graph-stack.ts), which runs it outside jest's module sandbox once per worker.
 */
export async function bootGraph(options: GraphOptions = {}, database?: string): Promise<ReusableGraph> {
  const env: Environment = {
    PERSON_ID_HASH_KEY: TEST_ID_NUMBER_KEY,
    AUTH_PUBLIC_KEY: testVariable(TEST_ENV.publicKey),
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: options.logSink ? 'trace' : (process.env.TEST_LOG_LEVEL ?? 'silent'),
    ...TEST_PUBLIC_KEY_ENV,
    WEBHOOK_SECRET_KEY: TEST_WEBHOOK_SECRET_KEY,
    // Relays and deliveries run when a mutation commits, events arrive or a retry falls due, not only on their timers
    // (kept at their defaults: polling every 100 ms cost a tenth of a core per worker); quick retries, so event tests
    // wait milliseconds rather than seconds.
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_TIMEOUT_MS: '2000',
    ...Object.fromEntries(SUBGRAPHS.map((module) => [environmentName(module.name, 'PORT'), '0'])),
    ...options.env,
  };
  const profile = options.profile ?? LIANGSHAN;
  const renewable = database ? await createRenewableDatabase(profile, database) : undefined;
  const { plan, adminDatabaseUrl, urls } = renewable ?? (await createSuiteDatabase(profile));

  const logDestination = options.logSink ? { write: (line: string) => options.logSink!(line) } : undefined;
  const clock = adjustableClock();
  const tokenClock = adjustableClock();
  const tokenNow = { now: () => tokenClock.now().getTime() };
  const statements = new Map<string, number>();
  const subgraphs = new Map<string, RunningSubgraph>();
  let gateway: RunningServer | undefined;
  let start: (module: SubgraphModule, extraEnv?: Record<string, string>) => Promise<RunningSubgraph>;
  const supergraphSdl = await composedSupergraph(SUBGRAPHS);
  try {
    start = async (module: SubgraphModule, extraEnv: Record<string, string> = {}) => {
      statements.set(module.name, 0);
      const onQuery = (sql: string) => {
        statements.set(module.name, (statements.get(module.name) ?? 0) + 1);
        if (process.env.TEST_LOG_SQL) console.log(`${module.name}: ${sql.slice(0, 160)}`);
      };
      const subgraphEnv = { ...env, ...testSubgraphEnvironment(module.name), ...extraEnv, DATABASE_URL: urls.get(module.name)!.runtime };
      return startSubgraph(module, subgraphEnv, { onQuery, clock, tokenClock }, logDestination);
    };
    // The notifications service starts first: the others' relays need its address. They then start side by side.
    const notifications = SUBGRAPHS.find((module) => module.name === 'notifications')!;
    // A suite's environment for single subgraphs applies at boot only: a restart says its own.
    const intake = await start(notifications, options.subgraphEnv?.[notifications.name]);
    subgraphs.set(notifications.name, intake);
    env.NOTIFICATIONS_INTAKE_URL = intake.url.replace(/\/graphql$/, '/events');
    const others = SUBGRAPHS.filter((module) => module !== notifications);
    const started = await Promise.allSettled(others.map((module) => start(module, options.subgraphEnv?.[module.name])));
    started.forEach((result, index) => {
      if (result.status === 'fulfilled') subgraphs.set(others[index].name, result.value);
    });
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    gateway = await startGateway(
      {
        engine: TEST_GATEWAY_ENGINE,
        supergraphSdl,
        subgraphUrls: Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url])),
        gatewaySecrets: TEST_GATEWAY_SECRETS,
        verifyToken: await createTokenVerifier(readAuthConfig(env), tokenNow),
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

  const issuer = await createTokenIssuer(testVariable(TEST_ENV.privateKey), TEST_ISSUER, TEST_AUDIENCE, tokenNow);
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
    tokenClock,
    adminDatabaseUrl,
    runtimeDatabaseUrls: new Map([...urls].map(([name, { runtime }]) => [name, runtime])),
    migrationDatabaseUrls: new Map([...urls].map(([name, { migration }]) => [name, migration])),
    graphql: (query, options = {}) =>
      post(gatewayUrl, { query, variables: options.variables }, options.token ? { authorization: `Bearer ${options.token}` } : {}) as never,
    subgraphRequest: (name, body, headers = {}) => post(subgraphs.get(name)!.url, body, headers),
    supergraphSdl,
    startGateway: async (extra: ExtraGatewayOptions = {}) =>
      startGateway(
        {
          engine: extra.engine ?? TEST_GATEWAY_ENGINE,
          supergraphSdl,
          subgraphUrls: extra.subgraphUrls ?? Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url])),
          gatewaySecrets: TEST_GATEWAY_SECRETS,
          verifyToken: await createTokenVerifier(readAuthConfig(env), tokenNow),
          logger: createLogger(extra.logName ?? 'gateway', extra.logSink ? 'trace' : 'silent', extra.logSink ? { write: (line: string) => extra.logSink!(line) } : undefined),
          introspection: extra.introspection ?? false,
          limits: { ...DEFAULT_LIMITS, subgraphTimeoutMs: 60_000, ...extra.limits },
          console: extra.console,
        },
        0,
      ),
    sqlStatements: (name) => statements.get(name) ?? 0,
    resetSqlCount: () => {
      for (const name of statements.keys()) statements.set(name, 0);
    },
    async renew() {
      if (!renewable) throw new Error('Only a graph booted with a database name is renewed.');
      // No background pass may hold a connection while the database is replaced: one ended mid-transaction was not
      // always given back to its pool, and a pool of two (the background's) ran dry after a few suites.
      await Promise.all([...subgraphs.values()].map((running) => running.pauseBackground()));
      try {
        await renewable.renew();
      } finally {
        for (const running of subgraphs.values()) running.resumeBackground();
      }
      clock.set(new Date());
      tokenClock.set(new Date());
      for (const name of statements.keys()) statements.set(name, 0);
      (await issueDemoTokens(issuer, demoCallers(plan), '1h')).forEach((token, role) => tokens.set(role, token));
    },
    async restartSubgraph(name, extraEnv) {
      const running = subgraphs.get(name)!;
      const module = SUBGRAPHS.find((candidate) => candidate.name === name)!;
      await running.stop();
      subgraphs.set(name, await start(module, { ...extraEnv, [environmentName(name, 'PORT')]: String(running.port) }));
    },
    async stop() {
      clearInterval(refresh);
      await runningGateway.stop();
      for (const running of subgraphs.values()) await running.stop();
    },
  };
}
