import type { RequestHandler } from 'express';
import type { ServiceMetrics } from '../../subgraphs/platform/metrics/service-metrics.js';
import type { GatewayOptions } from './gateway.js';
import type { GatewayLimits } from './limits.js';
import { ConfigurationError, type Environment } from '../../subgraphs/platform/config/environment.js';

/**
 * Which federation engine plans and executes operations behind the same HTTP front (GATEWAY_ENGINE):
 * `apollo` is @apollo/gateway's JavaScript query planner; `hive` is Hive Gateway's runtime with the Rust query
 * planner of Hive Router (@graphql-hive/router-runtime, a native add-on shipped in the npm package).
 */
export const GATEWAY_ENGINES = ['apollo', 'hive'] as const;
export type GatewayEngine = (typeof GATEWAY_ENGINES)[number];

export const DEFAULT_GATEWAY_ENGINE: GatewayEngine = 'hive';

export function readGatewayEngine(env: Environment): GatewayEngine {
  const raw = env.GATEWAY_ENGINE?.trim();
  if (!raw) return DEFAULT_GATEWAY_ENGINE;
  if (!(GATEWAY_ENGINES as readonly string[]).includes(raw)) {
    throw new ConfigurationError(`GATEWAY_ENGINE must be one of ${GATEWAY_ENGINES.join(', ')}, got "${raw}".`);
  }
  return raw as GatewayEngine;
}

/** What an engine is given: the gateway's options, its limits and the service's metrics. */
export interface EngineOptions {
  options: GatewayOptions;
  limits: GatewayLimits;
  metrics: ServiceMetrics;
}

/**
 * An engine serves `/graphql` behind the gateway's HTTP front, which has already parsed the JSON body within the
 * size limit and verified the caller (`res.locals.gatewayContext`).
 */
export interface RunningEngine {
  handler: RequestHandler;
  stop(): Promise<void>;
}
