import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenVerifier } from '../../subgraphs/platform/access/token-verifier.js';
import { ErrorCode } from '../../subgraphs/platform/errors/error-codes.js';
import { createErrorFormatter } from '../../subgraphs/platform/errors/format-error.js';
import type { Logger } from '../../subgraphs/platform/logging/logger.js';
import { REQUEST_ID_HEADER, type RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import { SubgraphDataSource } from './forward-to-subgraphs.js';
import { armorFor, DEFAULT_LIMITS, type GatewayLimits } from './limits.js';
import { createServiceMetrics } from '../../subgraphs/platform/metrics/service-metrics.js';
import type { GatewayContext } from './gateway-context.js';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by name; a subgraph not listed uses the routing URL in the supergraph. */
  subgraphUrls: Record<string, string>;
  gatewaySecret: string;
  verifyToken: TokenVerifier;
  logger: Logger;
  introspection: boolean;
  limits?: GatewayLimits;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * The gateway: plans each operation over the supergraph, verifies the caller's token before any planning, and calls
 * subgraphs with the caller's token and the gateway secret.
 */
export async function startGateway(options: GatewayOptions, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(options.subgraphUrls[name] ?? url!, options.gatewaySecret, limits.subgraphTimeoutMs),
  });
  const armor = armorFor(limits);
  const metrics = createServiceMetrics('gateway');
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(options.logger),
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: options.introspection,
    // graphql-armor's typings come from Apollo's CommonJS build; the plugins are the same objects.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]), metrics.plugin as ApolloServerPlugin<GatewayContext>],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // The supergraph is loaded by the time the server listens; readiness of subgraphs is theirs to report.
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway' });
  });
  app.get('/metrics', metrics.handler);
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBody }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const authorization = req.header('authorization') ?? '';
        const caller = await options.verifyToken(authorization || undefined);
        return { requestId: req.header(REQUEST_ID_HEADER) ?? randomUUID(), authorization, caller };
      },
    }),
  );
  app.use((error: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? 500;
    if (status === 413) res.status(413).json(errorBody(`The request body is larger than ${limits.maxBody}.`, ErrorCode.BAD_USER_INPUT));
    else if (status === 400) res.status(400).json(errorBody('The request body is not valid JSON.', ErrorCode.BAD_USER_INPUT));
    else {
      options.logger.error({ err: error }, 'http error');
      res.status(500).json(errorBody('Internal error.', ErrorCode.INTERNAL_SERVER_ERROR));
    }
  });

  const httpServer: Server = await new Promise((resolve) => {
    const listening = app.listen(port, host, () => resolve(listening));
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/graphql`,
    port: actualPort,
    async stop() {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await server.stop();
    },
  };
}
