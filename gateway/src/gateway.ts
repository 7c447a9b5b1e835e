import express from 'express';
import { GraphQLError } from 'graphql';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenVerifier } from '../../subgraphs/platform/access/token-verifier.js';
import { ErrorCode } from '../../subgraphs/platform/errors/error-codes.js';
import type { Logger } from '../../subgraphs/platform/logging/logger.js';
import type { RunningServer } from '../../subgraphs/platform/http/subgraph-server.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../../subgraphs/platform/http/request-id.js';
import { carriesNulText, NUL_TEXT_MESSAGE } from '../../subgraphs/platform/http/nul-text.js';
import { createServiceMetrics } from '../../subgraphs/platform/metrics/service-metrics.js';
import { DEFAULT_LIMITS, type GatewayLimits } from './limits.js';
import type { GatewayContext } from './gateway-context.js';
import type { GatewayEngine, RunningEngine } from './gateway-engine.js';
import { mountGatewayPages } from './gateway-pages.js';
import type { ConsoleTokenSource } from './console/console-tokens.js';
import { outlastClientKeepAlive } from '../../subgraphs/platform/http/keep-alive.js';

export interface GatewayOptions {
  /** Which federation engine plans and executes operations (GATEWAY_ENGINE). */
  engine: GatewayEngine;
  supergraphSdl: string;
  /** Where each subgraph listens, by name; a subgraph not listed uses the routing URL in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** The secret each subgraph accepts, by subgraph name: each is sent only to its own subgraph. */
  gatewaySecrets: Record<string, string>;
  verifyToken: TokenVerifier;
  logger: Logger;
  introspection: boolean;
  limits?: GatewayLimits;
  /**
   * The origin printed in links on 公示 notices (PUBLIC_ORIGIN); absent (development, tests): the address the
   * gateway listens at. Never the request's Host header.
   */
  publicOrigin?: string;
  /** Serve the development console (GraphiQL with a role picker) with tokens from this source; absent: no console. */
  console?: ConsoleTokenSource;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * The gateway: one HTTP front for either engine. It parses the body within the size limit, verifies the caller's
 * token before any planning, and hands the operation to the engine, which calls subgraphs with the caller's token,
 * the request id and that subgraph's own gateway secret.
 */
export async function startGateway(options: GatewayOptions, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const metrics = createServiceMetrics('gateway');
  // Only the chosen engine's libraries are loaded: each is large, and a gateway runs one.
  const create =
    options.engine === 'hive' ? (await import('./hive-engine.js')).createHiveEngine : (await import('./apollo-engine.js')).createApolloEngine;
  const engine: RunningEngine = await create({ options, limits, metrics });

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
  // The public origin is known once the server listens (port 0 picks one); pages read it per request.
  let listeningOrigin = '';
  mountGatewayPages(app, options, limits, () => options.publicOrigin ?? listeningOrigin);
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBody }),
    async (req, res, next) => {
      if (Array.isArray(req.body)) {
        res.status(400).json(errorBody('Batched requests are not accepted: send one operation per request.', 'BAD_REQUEST'));
        return;
      }
      if (carriesNulText(req.body)) {
        res.status(400).json(errorBody(NUL_TEXT_MESSAGE, ErrorCode.BAD_USER_INPUT));
        return;
      }
      try {
        const authorization = req.header('authorization') ?? '';
        const caller = await options.verifyToken(authorization || undefined);
        // The request id travels to every subgraph: the client's if it is a UUID, else one made here.
        const requestId = requestIdFrom(req.header(REQUEST_ID_HEADER));
        req.headers[REQUEST_ID_HEADER] = requestId;
        res.setHeader(REQUEST_ID_HEADER, requestId);
        res.locals.gatewayContext = { requestId, authorization, caller } satisfies GatewayContext;
        next();
      } catch (error) {
        if (!(error instanceof GraphQLError)) return next(error);
        const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
        res.status(status).json(errorBody(error.message, String(error.extensions.code)));
      }
    },
    engine.handler,
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
    const listening = outlastClientKeepAlive(app.listen(port, host, () => resolve(listening)));
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/graphql`;
  listeningOrigin = new URL(url).origin;
  return {
    url,
    port: actualPort,
    async stop() {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await engine.stop();
    },
  };
}
