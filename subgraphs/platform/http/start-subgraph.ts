import type { MikroORM } from '@mikro-orm/postgresql';
import { readSubgraphConfig, type Environment } from '../config/environment.js';
import { createTokenVerifier } from '../access/token-verifier.js';
import { createLogger } from '../logging/logger.js';
import { createOrm, type OrmOptions } from '../orm/subgraph-database.js';
import { environmentName, type SubgraphModule } from '../federation/subgraph-module.js';
import { startSubgraphServer, type RunningServer } from './subgraph-server.js';
import { readSigningKey, readVerificationKeys } from '../access/signing-keys.js';
import type { StatementKeys } from '../access/signed-statement.js';

export interface RunningSubgraph extends RunningServer {
  name: string;
  orm: MikroORM;
}

/**
 * Starts one subgraph from its environment: validates configuration, connects its ORM and serves it. It never
 * migrates: its role (DATABASE_URL) may not change the schema; `npm run migrate` does that as the owner role.
 */
export async function startSubgraph(module: SubgraphModule, env: Environment, ormOptions: OrmOptions = {}): Promise<RunningSubgraph> {
  const config = readSubgraphConfig(env, environmentName(module.name, 'PORT'), module.defaultPort);
  const statementKeys: StatementKeys = {
    signer: module.name,
    signingKey: readSigningKey(env),
    trusted: new Map(module.trusts.map((issuer) => [issuer, readVerificationKeys(env, issuer)])),
  };
  const logger = createLogger(module.name, config.logLevel);
  const orm = await createOrm(config.databaseUrl, module.database, { statementTimeoutMs: config.statementTimeoutMs, ...ormOptions });
  try {
    // Fail at start-up, with the reason, if the database cannot be reached.
    await orm.em.getConnection().execute('select 1');
    const server = await startSubgraphServer(
      {
        name: module.name,
        schema: await module.createSchema(env),
        orm,
        verifyToken: await createTokenVerifier(config.auth),
        gatewaySecret: config.gatewaySecret,
        statementKeys,
        createLoaders: module.createLoaders,
        logger,
      },
      config.port,
      env.HOST ?? '127.0.0.1',
    );
    logger.info({ url: server.url }, 'subgraph listening');
    const jobs = module.startJobs?.(orm, env, logger) ?? [];
    return {
      ...server,
      name: module.name,
      orm,
      async stop() {
        for (const job of jobs) await job.stop();
        await server.stop();
        await orm.close();
      },
    };
  } catch (error) {
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
