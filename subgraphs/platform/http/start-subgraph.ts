import type { MikroORM } from '@mikro-orm/postgresql';
import type { DestinationStream } from 'pino';
import { readSubgraphConfig, type Environment } from '../config/environment.js';
import { createTokenVerifier } from '../access/token-verifier.js';
import { createLogger } from '../logging/logger.js';
import { createOrm, type OrmOptions } from '../orm/subgraph-database.js';
import { environmentName, type SubgraphModule } from '../federation/subgraph-module.js';
import { startSubgraphServer, type RunningServer } from './subgraph-server.js';
import { readSigningKey, readVerificationKeys } from '../access/signing-keys.js';
import type { StatementKeys } from '../access/signed-statement.js';
import { readClock, type Clock } from '../clock/clock.js';
import { OutboxEvent } from '../events/outbox-event.entity.js';
import { readRelayConfig } from '../events/relay-config.js';
import { startOutboxRelay, type OutboxRelay } from '../events/outbox-relay.js';
import type { BackgroundWork } from '../federation/subgraph-module.js';

export interface RunningSubgraph extends RunningServer {
  name: string;
  orm: MikroORM;
  /** Forwards the subgraph's outbox to the notifications service (subgraphs that record events). */
  relay: OutboxRelay | null;
  /** The module's own background work, if any (the notifications service's deliveries). */
  background: BackgroundWork | null;
  /**
   * Pauses every pass of background work (relay, background work, scheduled jobs) and waits for those in progress:
   * until `resumeBackground()` only requests use the database. For maintenance under a running service, e.g. the
   * test harness replacing the database between suites, which would otherwise end connections mid-transaction.
   */
  pauseBackground(): Promise<void>;
  resumeBackground(): void;
}

export interface StartOptions extends OrmOptions {
  /** The clock of legal effect; by default the system clock moved by CLOCK_OFFSET (development and tests only). */
  clock?: Clock;
  /**
   * The clock tokens are checked against (expiry, the age of a contract-derived grant): the system clock unless a
   * test harness moves it to age a token without waiting. Not the clock of legal effect: CLOCK_OFFSET moves that one
   * in development, and tokens issued by the real clock would then look expired.
   */
  tokenClock?: Clock;
}

/**
 * Starts one subgraph from its environment: validates configuration, connects its ORM and serves it. It never
 * migrates: its role (DATABASE_URL) may not change the schema; `npm run migrate` does that as the owner role.
 */
export async function startSubgraph(
  module: SubgraphModule,
  env: Environment,
  options: StartOptions = {},
  logDestination?: DestinationStream,
): Promise<RunningSubgraph> {
  const { clock: givenClock, tokenClock, ...ormOptions } = options;
  const config = readSubgraphConfig(env, environmentName(module.name, 'PORT'), module.defaultPort);
  const clock = givenClock ?? readClock(env);
  const statementKeys: StatementKeys = {
    signer: module.name,
    signingKey: readSigningKey(env),
    trusted: new Map(module.trusts.map((issuer) => [issuer, readVerificationKeys(env, issuer)])),
  };
  const logger = createLogger(module.name, config.logLevel, logDestination);
  const orm = await createOrm(config.databaseUrl, module.database, { statementTimeoutMs: config.statementTimeoutMs, ...ormOptions });
  let background: BackgroundWork | null = null;
  // Background work (the outbox relay, webhook deliveries) has a small pool of its own: it never takes a connection
  // a request is waiting for, and its polling is not counted with the requests' statements.
  let backgroundOrm: MikroORM | null = null;
  try {
    // Fail at start-up, with the reason, if the database cannot be reached.
    await orm.em.getConnection().execute('select 1');
    const relayConfig = module.database.entities.includes(OutboxEvent) ? readRelayConfig(env) : null;
    if (relayConfig || module.startBackground) {
      backgroundOrm = await createOrm(config.databaseUrl, module.database, { statementTimeoutMs: config.statementTimeoutMs, poolMax: 2 });
    }
    background = module.startBackground?.({ orm: backgroundOrm!, env, logger, statementKeys }) ?? null;
    let relay: OutboxRelay | null = null;
    const server = await startSubgraphServer(
      {
        name: module.name,
        schema: await module.createSchema(env),
        orm,
        verifyToken: await createTokenVerifier(config.auth, tokenClock ? { now: () => tokenClock.now().getTime() } : {}),
        gatewaySecret: config.gatewaySecret,
        statementKeys,
        createLoaders: module.createLoaders,
        logger,
        publicRoutes: module.publicRoutes?.(orm),
        clock,
        routes: background?.routes,
        afterMutation: () => {
          relay?.nudge();
          background?.nudge?.();
        },
      },
      config.port,
      env.HOST ?? '127.0.0.1',
    );
    logger.info({ url: server.url }, 'subgraph listening');
    relay = relayConfig
      ? startOutboxRelay({ orm: backgroundOrm!, source: module.name, schema: module.database.schema, ...relayConfig, statementKeys, logger })
      : null;
    const jobs = module.startJobs?.(orm, env, logger, clock) ?? [];
    return {
      ...server,
      name: module.name,
      orm,
      relay,
      background,
      async pauseBackground() {
        await Promise.all([relay?.pause(), background?.pause(), ...jobs.map((job) => job.pause())]);
      },
      resumeBackground() {
        relay?.resume();
        background?.resume();
        for (const job of jobs) job.resume();
      },
      async stop() {
        await relay?.stop();
        await background?.stop();
        for (const job of jobs) await job.stop();
        await server.stop();
        await backgroundOrm?.close();
        await orm.close();
      },
    };
  } catch (error) {
    await background?.stop();
    await backgroundOrm?.close();
    await orm.close();
    throw error;
  }
}

/** For a subgraph's index.ts: start, and stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraphProcess(module: SubgraphModule): Promise<void> {
  try {
    const running = await startSubgraph(module, process.env);
    const shutdown = async () => {
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    console.error(`${module.name}: ${(error as Error).message}`);
    process.exit(1);
  }
}
