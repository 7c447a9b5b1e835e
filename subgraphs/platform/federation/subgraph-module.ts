import type { GraphQLSchema } from 'graphql';
import type { Environment } from '../config/environment.js';
import type { LoaderFactory } from '../context/request-context.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Router } from 'express';
import type { Logger } from '../logging/logger.js';
import type { Clock } from '../clock/clock.js';
import type { SubgraphDatabase } from '../orm/subgraph-database.js';
import type { StatementKeys } from '../access/signed-statement.js';
import type { DemoSeeder } from '../seeding/demo-seeder.js';
import type { PeriodicPass } from '../background/periodic-pass.js';

/**
 * Everything needed to run, migrate, seed and compose one subgraph. `DemoPlan` is the plan its demo seeder reads;
 * code that runs or composes modules without seeding them leaves it out: the default `never` accepts every module.
 */
export interface SubgraphModule<DemoPlan = never> {
  /** Subgraph name: folder, service and supergraph name alike. */
  name: string;
  /** Port it listens on unless `<NAME>_PORT` says otherwise. */
  defaultPort: number;
  database: SubgraphDatabase;
  /** The subgraphs whose signed statements (certificates, attested facts) this one reads: it holds their public keys. */
  trusts: readonly string[];
  /** Builds the schema, reading any subgraph-specific settings from the environment. */
  createSchema(env: Environment): Promise<GraphQLSchema>;
  createLoaders: LoaderFactory<unknown>;
  /** Loads this subgraph's part of a demo district into an empty database. */
  seedDemo: DemoSeeder<DemoPlan>;
  /** Plain HTTP routes under `/public`, for the gateway only (secret-checked) and without a caller's token: public facts such as a published 公示. */
  publicRoutes?(orm: MikroORM): Router;
  /** Work beside GraphQL (the notifications service's event intake and webhook deliveries), started with the server. */
  startBackground?(deps: { orm: MikroORM; env: Environment; logger: Logger; statementKeys: StatementKeys }): BackgroundWork;
  /** Scheduled work the service runs itself while it serves (e.g. moving overdue escalations up), at the service's clock; stopped before the ORM closes. */
  startJobs?(orm: MikroORM, env: Environment, logger: Logger, clock: Clock): BackgroundJob[];
}

/**
 * A subgraph's background work: extra HTTP routes, a pass that can be run at once (tests), and how to pause, resume
 * and stop it (see platform/background/periodic-pass.ts).
 */
export interface BackgroundWork extends Pick<PeriodicPass<number>, 'runOnce' | 'pause' | 'resume' | 'stop'> {
  routes?(app: Express): void;
  /** Asks for a pass soon; the service calls it after each mutation it served, for work a mutation makes (a replayed delivery). */
  nudge?(): void;
}

/** A running scheduled job of a subgraph. */
export type BackgroundJob = Pick<PeriodicPass<unknown>, 'pause' | 'resume' | 'stop'>;

/** `registry` → `REGISTRY_PORT`, `REGISTRY_URL`. */
export function environmentName(subgraphName: string, suffix: string): string {
  return `${subgraphName.toUpperCase()}_${suffix}`;
}
