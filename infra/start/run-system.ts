import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog.js';
import { createTokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import type { Role } from '../../subgraphs/platform/access/role.js';
import { environmentName } from '../../subgraphs/platform/federation/subgraph-module.js';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '../postgres/embedded-postgres.js';
import { setUpDatabaseRoles, subgraphDatabaseUrls } from '../postgres/database-roles.js';
import { createDistrictPlan, type DistrictPlan } from '../demo/district-plan.js';
import type { DistrictProfile } from '../demo/profiles.js';
import { demoCallers, type DemoCaller } from '../demo/demo-tokens.js';
import { contractsInForceFrom, createFreshTokenSource, issueFreshTokens, type FreshTokenSource } from '../demo/fresh-tokens.js';
import { prepareDatabase } from '../demo/prepare-database.js';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, loadOrCreateDevelopmentSecrets, gatewaySecretEnvironment, subgraphKeyEnvironment } from './development-secrets.js';
import { readGatewayEngine, type GatewayEngine } from '../../gateway/src/gateway-engine.js';
import { spawnService, stopServices, waitUntilReady, type ServiceProcess } from './service-processes.js';

export interface SystemOptions {
  /** Where secrets and the embedded database live. */
  dataDir: string;
  /** Keep the embedded database between runs (npm start) or not (scripts). */
  persistent: boolean;
  /**
   * An external PostgreSQL instead of the embedded one: the URL of a superuser (or of a role with CREATEROLE that
   * owns the database), which creates the subgraphs' roles there as on the embedded server.
   */
  adminDatabaseUrl?: string;
  postgresPort: number;
  /** Extra settings for the embedded PostgreSQL. */
  postgresFlags?: string[];
  gatewayPort: number;
  /**
   * More gateways in front of the same subgraphs, each with its own engine and port (the benchmark compares
   * engines this way). The main gateway's engine comes from GATEWAY_ENGINE in `env`.
   */
  extraGateways?: { engine: GatewayEngine; port: number }[];
  /** Port of each subgraph by name; defaults to its module's port. */
  subgraphPorts?: Record<string, number>;
  profile: DistrictProfile;
  seed: number;
  /** Environment passed on to every service (LOG_LEVEL, limits, …). */
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface RunningSystem {
  gatewayUrl: string;
  /** Every gateway by engine, the main one included. */
  gateways: { engine: GatewayEngine; url: string }[];
  plan: DistrictPlan;
  callers: DemoCaller[];
  tokens: Map<Role, string>;
  /** Fresh tokens on demand (a property company's grant from its contracts in force): infra/demo/fresh-tokens.ts. */
  freshTokens: FreshTokenSource;
  /** The superuser's URL of the database: for set-up and inspection only, never given to a service. */
  adminDatabaseUrl: string;
  /** The URL each subgraph's service connects with (its runtime role), by subgraph name. */
  runtimeDatabaseUrls: Map<string, string>;
  /**
   * Each subgraph's GraphQL URL and the gateway secret it accepts, for a peer gateway a script runs itself in front
   * of the same subgraphs (the benchmark's Grafbase).
   */
  subgraphs: { name: string; url: string; gatewaySecret: string }[];
  /** Kills a subgraph's process at once (SIGKILL), as a crash would. */
  kill(name: string): void;
  /** Stops a subgraph's process cleanly (SIGTERM) and waits until it has exited (before a `restart`). */
  stopService(name: string): Promise<void>;
  /**
   * Starts a subgraph's process again and waits until it is ready; `env` is added to its environment from now on
   * (e.g. a CLOCK_OFFSET, so a script can convene an assembly today and vote "16 days later").
   */
  restart(name: string, env?: NodeJS.ProcessEnv): Promise<void>;
  /** Calls `onExit` if any service stops while the system is meant to be running. */
  watch(onExit: (name: string, code: number | null) => void): void;
  stop(): Promise<void>;
}

/**
 * The whole system as separate processes, as `npm start` runs it: PostgreSQL (embedded unless a URL is given),
 * migrations, the demo district if the database is empty, each subgraph in its own process, then the gateway.
 */
export async function runSystem(options: SystemOptions): Promise<RunningSystem> {
  const secrets = await loadOrCreateDevelopmentSecrets(options.dataDir, SUBGRAPHS.map((module) => module.database.schema));
  const services = new Map<string, ServiceProcess>();
  const expectedExits = new Set<ServiceProcess>();
  let postgres: RunningPostgres | undefined;
  let stopped = false;
  const stop = async () => {
    stopped = true;
    await stopServices([...services.values()].reverse());
    await postgres?.stop();
  };

  try {
    let adminDatabaseUrl = options.adminDatabaseUrl;
    if (!adminDatabaseUrl) {
      const dataDir = path.join(options.dataDir, 'postgres');
      options.log(`Starting embedded PostgreSQL on port ${options.postgresPort} (data in ${dataDir})…`);
      postgres = await startEmbeddedPostgres({
        dataDir,
        port: options.postgresPort,
        password: secrets.postgresPassword,
        persistent: options.persistent,
        flags: options.postgresFlags,
      });
      await ensureDatabase(postgres.url, 'cogovernance');
      adminDatabaseUrl = postgres.databaseUrl('cogovernance');
    }
    // Each subgraph's schema is owned by a role only migrations use; its service connects with a role of its own.
    const passwords = new Map(SUBGRAPHS.map(({ database }) => [database.schema, secrets.databasePasswords[database.schema]]));
    await setUpDatabaseRoles(adminDatabaseUrl, passwords);
    const urls = subgraphDatabaseUrls(adminDatabaseUrl, passwords);
    const schemaOf = (name: string) => SUBGRAPHS.find((module) => module.name === name)!.database.schema;
    const runtimeDatabaseUrls = new Map(SUBGRAPHS.map((module) => [module.name, urls.get(module.database.schema)!.runtime]));
    const serviceEnv: NodeJS.ProcessEnv = {
      ...options.env,
      DATABASE_URL: undefined,
      PERSON_ID_HASH_KEY: options.env.PERSON_ID_HASH_KEY ?? secrets.idNumberKey,
      AUTH_PUBLIC_KEY: secrets.publicKeyPem,
      AUTH_ISSUER: DEVELOPMENT_ISSUER,
      AUTH_AUDIENCE: DEVELOPMENT_AUDIENCE,
      LOG_LEVEL: options.env.LOG_LEVEL ?? 'warn',
      WEBHOOK_SECRET_KEY: secrets.webhookSecretKey,
      NOTIFICATIONS_INTAKE_URL: `http://127.0.0.1:${options.subgraphPorts?.notifications ?? 4006}/events`,
    };
    const plan = createDistrictPlan(options.profile, options.seed);
    options.log('Applying migrations…');
    const prepared = await prepareDatabase((name) => urls.get(schemaOf(name))!.migration, SUBGRAPHS, plan, serviceEnv, options.log);
    options.log(
      prepared.seeded
        ? `Loaded the demo district ${plan.district.name}: ${plan.neighborhoods.length} neighborhoods, ${plan.units.length} units, ${plan.persons.length} people.`
        : 'Demo data already present; kept as it is.',
    );

    const subgraphUrls: Record<string, string> = {};
    const extraEnvs = new Map<string, NodeJS.ProcessEnv>();
    const start = async (name: string) => {
      const extraEnv = extraEnvs.get(name) ?? {};
      const module = SUBGRAPHS.find((candidate) => candidate.name === name)!;
      const port = options.subgraphPorts?.[name] ?? module.defaultPort;
      const service = spawnService(name, path.resolve('dist/subgraphs', name, 'src/index.js'), {
        ...serviceEnv,
        ...subgraphKeyEnvironment(secrets, module),
        DATABASE_URL: runtimeDatabaseUrls.get(name),
        ...extraEnv,
        [environmentName(name, 'PORT')]: String(port),
      });
      services.set(name, service);
      subgraphUrls[environmentName(name, 'URL')] = `http://127.0.0.1:${port}/graphql`;
      await waitUntilReady(service, `http://127.0.0.1:${port}/ready`);
      return port;
    };
    for (const module of SUBGRAPHS) options.log(`  ${module.name} subgraph ready on port ${await start(module.name)}`);
    const gateways = [{ engine: readGatewayEngine(options.env), port: options.gatewayPort }, ...(options.extraGateways ?? [])];
    for (const [index, { engine, port }] of gateways.entries()) {
      const name = index === 0 ? 'gateway' : `gateway-${engine}`;
      const gateway = spawnService(name, path.resolve('dist/gateway/src/index.js'), {
        ...serviceEnv,
        ...gatewaySecretEnvironment(secrets),
        ...subgraphUrls,
        GATEWAY_ENGINE: engine,
        GATEWAY_PORT: String(port),
        // Links printed on 公示 notices point at this gateway (never at a request's Host header).
        PUBLIC_ORIGIN: options.env.PUBLIC_ORIGIN ?? `http://127.0.0.1:${port}`,
      });
      services.set(name, gateway);
      await waitUntilReady(gateway, `http://127.0.0.1:${port}/health`);
    }

    const issuer = await createTokenIssuer(secrets.privateKeyPem, DEVELOPMENT_ISSUER, DEVELOPMENT_AUDIENCE);
    const callers = demoCallers(plan);
    const freshTokens = createFreshTokenSource(issuer, callers, contractsInForceFrom(runtimeDatabaseUrls.get('property')!));
    const tokens = await issueFreshTokens(freshTokens, callers);
    // Scripts that run longer than a company token lasts (bench, load) read `tokens` again: keep it fresh.
    const refresh = setInterval(() => {
      void issueFreshTokens(freshTokens, callers).then((fresh) => fresh.forEach((token, role) => tokens.set(role, token)), () => undefined);
    }, 60_000);
    refresh.unref();
    return {
      gatewayUrl: `http://127.0.0.1:${options.gatewayPort}/graphql`,
      gateways: gateways.map(({ engine, port }) => ({ engine, url: `http://127.0.0.1:${port}/graphql` })),
      plan,
      callers,
      tokens,
      freshTokens,
      adminDatabaseUrl,
      runtimeDatabaseUrls,
      subgraphs: SUBGRAPHS.map(({ name }) => ({ name, url: subgraphUrls[environmentName(name, 'URL')], gatewaySecret: secrets.gatewaySecrets[name] })),
      kill(name) {
        const service = services.get(name)!;
        expectedExits.add(service);
        service.child.kill('SIGKILL');
      },
      async stopService(name) {
        const service = services.get(name)!;
        expectedExits.add(service);
        await stopServices([service]);
      },
      async restart(name, env) {
        if (env) extraEnvs.set(name, { ...extraEnvs.get(name), ...env });
        await start(name);
      },
      watch(onExit) {
        for (const [name, service] of services) {
          service.child.once('exit', (code) => {
            if (!stopped && !expectedExits.has(service)) onExit(name, code);
          });
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
