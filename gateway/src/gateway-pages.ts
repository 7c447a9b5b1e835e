import type { Express } from 'express';
import type { GatewayOptions } from './gateway.js';
import type { GatewayLimits } from './limits.js';
import { createConsoleRoutes } from './console/console-routes.js';
import { createNoticeRoutes } from './notice/notice-routes.js';

/** A subgraph's URL: as configured, else its routing URL in the supergraph (`join__graph(name: …, url: …)`). */
function subgraphUrlOf(options: GatewayOptions, name: string): string {
  const configured = options.subgraphUrls[name];
  if (configured) return configured;
  const routing = new RegExp(`join__graph\\(name: "${name}", url: "([^"]+)"\\)`).exec(options.supergraphSdl);
  if (!routing) throw new Error(`The supergraph has no subgraph named ${name}.`);
  return routing[1];
}

/**
 * The gateway's pages beside `/graphql`: published 公示 notices (always) and, when the options carry a token
 * source (development only), the console.
 */
export function mountGatewayPages(app: Express, options: GatewayOptions, limits: GatewayLimits, publicOrigin: () => string): void {
  app.use(
    createNoticeRoutes({
      subgraphUrl: (name) => subgraphUrlOf(options, name),
      secretFor: (name) => options.gatewaySecrets[name],
      logger: options.logger,
      timeoutMs: limits.subgraphTimeoutMs,
      publicOrigin,
    }),
  );
  if (options.console) app.use(createConsoleRoutes(options.console));
}
