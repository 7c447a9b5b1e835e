import type { EntityClass } from '@mikro-orm/core';
import type { DistrictPlan } from '../../infra/demo/district-plan.js';
import type { DistrictProfile } from '../../infra/demo/profiles.js';
import type { TokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import type { Role } from '../../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import type { RunningSubgraph } from '../../subgraphs/platform/http/start-subgraph.js';
import type { Environment } from '../../subgraphs/platform/config/environment.js';
import type { AdjustableClock } from '../../subgraphs/platform/clock/clock.js';
import { readGatewayEngine } from '../../gateway/src/gateway-engine.js';
import { testGatewaySecret } from './test-keys.js';
import type { GraphHost } from './graph-host.js';

/**
 * What a suite sees of the running graph. Importing this file loads none of the services: the graph itself runs in
 * the jest worker outside the suite's module sandbox (graph-environment.mjs), loaded once per worker and kept running
 * between suites, each handed it on a fresh copy of the database: a suite pays for that hand-over, not for loading
 * the whole code and booting every service again.
 */

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


/** What a suite may ask of its graph; a graph with other options is booted for it alone. */
export interface GraphOptions {
  profile?: DistrictProfile;
  /** Every service's log lines, at every level, go here instead of nowhere (the canary test reads them). */
  logSink?: (line: string) => void;
  /** A shorter grant age bound for every service (GRANT_MAX_AGE_SECONDS). */
  maxGrantAgeSeconds?: number;
  /** Extra environment for every service. */
  env?: Record<string, string>;
}

/** The worker's graph host, which the test environment puts in every suite's globals. */
function graphHost(): GraphHost | undefined {
  return (globalThis as { graphHost?: GraphHost }).graphHost;
}

/**
 * The suite's graph: a fresh database copied from the seeded template (no suite sees another's writes), every
 * subgraph and the gateway, kept running by the worker's host outside the module sandbox (a graph with options of
 * its own is booted for the suite alone). Stop it in `afterAll`: that hands the shared graph back.
 */
export async function startGraph(options: GraphOptions = {}): Promise<GraphStack> {
  const host = graphHost();
  return host ? host.start(options) : startGraphInProcess(options);
}

/**
 * A graph booted inside the suite's own module sandbox, for the few suites that hand the running services their own
 * classes (an entity class passed to `orm.em`): classes loaded in the sandbox are not the host's. Slower to start.
 */
export async function startGraphInProcess(options: GraphOptions = {}): Promise<GraphStack> {
  const { bootGraph } = await import('./graph-boot.js');
  return bootGraph(options);
}

/**
 * The running subgraph's class of an entity, by class name (`hostEntity<PersonalDataAccess>(graph, 'registry',
 * 'PersonalDataAccess')`, with the entity imported as a type only): a suite on the worker's graph reads a subgraph's
 * rows with its `orm.em` through it, where a class loaded in the suite's sandbox would be unknown to that ORM.
 */
export function hostEntity<T extends object>(graph: GraphStack, subgraph: string, className: string): EntityClass<T> {
  return graph.subgraphs.get(subgraph)!.orm.getMetadata().getByClassName<T>(className).class as EntityClass<T>;
}

/** The headers the gateway adds when it calls subgraph `name` for a caller (each subgraph has its own secret). */
export function gatewayHeaders(name: string, token: string): Record<string, string> {
  return { [GATEWAY_SECRET_HEADER]: testGatewaySecret(name), authorization: `Bearer ${token}` };
}
