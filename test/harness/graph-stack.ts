import type { EntityClass } from '@mikro-orm/core';
import type { DistrictPlan } from '../../infra/demo/district-plan.js';
import type { DistrictProfile } from '../../infra/demo/profiles.js';
import type { TokenIssuer } from '../../subgraphs/platform/access/token-issuer.js';
import type { Role } from '../../subgraphs/platform/access/role.js';
import { GATEWAY_SECRET_HEADER } from '../../subgraphs/platform/access/gateway-secret.js';
import type { RunningSubgraph } from '../../subgraphs/platform/http/start-subgraph.js';
import type { Environment } from '../../subgraphs/platform/config/environment.js';
import type { AdjustableClock } from '../../subgraphs/platform/clock/clock.js';
import type { RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import type { SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';
import type { GatewayEngine } from '../../gateway/src/gateway-engine.js';
import type { GatewayLimits } from '../../gateway/src/limits.js';
import type { ConsoleTokenSource } from '../../gateway/src/console/console-tokens.js';
import type { ComposedSchemas } from '../../gateway/src/composition/compose-supergraph.js';
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
  /**
   * The clock every service checks tokens against and `issuer` issues them by: a test moves it to age a token
   * (`tokenClock.advance('301s')`) instead of waiting. Separate from `clock`, which tests move by days.
   */
  tokenClock: AdjustableClock;
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
  /** The supergraph this graph's gateway serves, composed from the current code. */
  supergraphSdl: string;
  /**
   * Another gateway, started by the worker's host (so the gateway's libraries are not loaded into the suite's
   * sandbox), in front of this graph's subgraphs unless `subgraphUrls` says otherwise. The suite stops it.
   */
  startGateway(options?: ExtraGatewayOptions): Promise<RunningServer>;
  /** SQL statements each subgraph sent since the last reset. */
  sqlStatements(name: string): number;
  resetSqlCount(): void;
  stop(): Promise<void>;
}

/** How a suite's extra gateway differs from the graph's own (which runs the test engine, silent, introspection off). */
export interface ExtraGatewayOptions {
  engine?: GatewayEngine;
  /** Where each subgraph listens, by name (default: this graph's subgraphs). */
  subgraphUrls?: Record<string, string>;
  introspection?: boolean;
  /** Serve the development console with these tokens, as `npm start` does. */
  console?: ConsoleTokenSource;
  /** Limits over the tests' defaults (which allow a subgraph 60 s: the machines are shared and slow). */
  limits?: Partial<GatewayLimits>;
  /** Every log line of this gateway, at every level, goes here (under the service name `logName`, default gateway). */
  logSink?: (line: string) => void;
  logName?: string;
}

/** What a suite may ask of its graph; a graph with other options is booted for it alone. */
export interface GraphOptions {
  profile?: DistrictProfile;
  /** Every service's log lines, at every level, go here instead of nowhere (the canary test reads them). */
  logSink?: (line: string) => void;
  /** Extra environment for every service (a graph is booted for the suite alone). */
  env?: Record<string, string>;
  /**
   * Extra environment for single subgraphs, by subgraph name (`{ party: { ESCALATION_CHECK_SECONDS: '1' } }`): the
   * worker's shared graph restarts only those subgraphs with it, and restarts them as they were for the next suite.
   */
  subgraphEnv?: Record<string, Record<string, string>>;
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
 * Every subgraph's module, as the worker's host loaded them (catalog.ts): a suite that reads the modules' settings
 * does so without loading every subgraph's code into its sandbox.
 */
export async function hostSubgraphModules(): Promise<readonly SubgraphModule[]> {
  const host = graphHost();
  return host ? host.modules() : (await import('../../subgraphs/catalog.js')).SUBGRAPHS;
}

/** Each subgraph's SDL and the supergraph, composed from the current code by the worker's host (once per worker). */
export async function hostComposedSchemas(): Promise<ComposedSchemas> {
  const host = graphHost();
  if (host) return host.composedSchemas();
  const { composeSupergraph } = await import('../../gateway/src/composition/compose-supergraph.js');
  return composeSupergraph(await hostSubgraphModules());
}

/**
 * A module of this project as the running services use it (`hostModule<typeof import('…/record-event.js')>(
 * 'subgraphs/platform/events/record-event.ts')`, the path from the repository's root): for a suite on the worker's
 * graph that hands the services its own records or runs their code beside them, where the sandbox's copy of a class
 * would be unknown to their ORM. Without a host (a graph in the suite's sandbox) the sandbox's copy is the right one.
 */
export async function hostModule<T>(modulePath: string): Promise<T> {
  const host = graphHost();
  return (host ? host.load(modulePath) : import(`../../${modulePath.replace(/\.ts$/, '.js')}`)) as Promise<T>;
}

/**
 * A graph booted inside the suite's own module sandbox, where there is no worker's host (jest run with another test
 * environment). Slower to start: every service's code is loaded into the sandbox. A suite that hands the services
 * classes or runs their code uses `hostEntity` or `hostModule` instead.
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
