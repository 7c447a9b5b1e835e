import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';
import { carriesNulText, NUL_TEXT_MESSAGE } from './nul-text.js';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewaySecretCheck, GATEWAY_SECRET_HEADER } from '../access/gateway-secret.js';
import { issuePlaceCertificate, readPlaceCertificate, type CertifiedPlace } from '../access/place-certificate.js';
import type { StatementKeys } from '../access/signed-statement.js';
import { issueMatterCertificate, readMatterCertificate, type CertifiedMatter, type MatterStep } from '../access/matter-certificate.js';
import type { TokenVerifier } from '../access/token-verifier.js';
import { ErrorCode } from '../errors/error-codes.js';
import { createErrorFormatter } from '../errors/format-error.js';
import type { Logger } from '../logging/logger.js';
import type { LoaderFactory, RequestContext } from '../context/request-context.js';
import { createServiceMetrics } from '../metrics/service-metrics.js';
import type { Clock } from '../clock/clock.js';
import { outlastClientKeepAlive } from './keep-alive.js';

export { REQUEST_ID_HEADER } from './request-id.js';

const MAX_BODY = '1mb';

export interface SubgraphServerOptions<Loaders> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  verifyToken: TokenVerifier;
  /** The secret the gateway presents to this subgraph (this subgraph's alone). */
  gatewaySecret: string;
  /** This subgraph's signing key and the public keys of the subgraphs whose statements it reads. */
  statementKeys: StatementKeys;
  createLoaders: LoaderFactory<Loaders>;
  logger: Logger;
  /** Routes mounted under `/public`: the gateway's secret is required, a caller's token is not. */
  publicRoutes?: Router;
  clock: Clock;
  /** Extra routes beside /graphql (the notifications service's event intake). */
  routes?: (app: express.Express) => void;
  /** Called once each mutation has been answered with data, its writes committed: starts the background work they made (the outbox relay). */
  afterMutation?: () => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Calls `afterMutation` when a mutation's answer goes out with data (its resolvers have committed what they wrote by
 * then). A mutation refused whole answers `data: null` and wrote nothing: no background pass for it.
 */
function afterMutationPlugin(afterMutation: (() => void) | undefined): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      if (!afterMutation) return;
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data;
          if (data && Object.values(data).some((value) => value !== null)) afterMutation();
        },
      };
    },
  };
}

function graphqlErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Serves one subgraph over HTTP: `/graphql` only for requests that carry the gateway's secret (so `_entities` and
 * `_service` are never open to the network), plus `/health` and `/ready` probes and Prometheus `/metrics`.
 */
export async function startSubgraphServer<Loaders>(options: SubgraphServerOptions<Loaders>, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const { orm, logger } = options;
  const metrics = createServiceMetrics(options.name);
  const server = new ApolloServer<RequestContext<Loaders>>({
    schema: options.schema,
    formatError: createErrorFormatter(logger),
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Traces are for Apollo's hosted studio, which this deployment does not use. Cache hints neither: no type or
    // field carries one, and the cache-control plugin Apollo Server installs by default wraps every field's resolver
    // to collect them (a tenth of a subgraph's CPU time on list reads, bench/cpu-profile-summary.ts).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), metrics.plugin as never, afterMutationPlugin(options.afterMutation)],
  });
  await server.start();

  const hasGatewaySecret = createGatewaySecretCheck(options.gatewaySecret);
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  // Ready when the database answers: orchestrators route traffic only then.
  app.get('/ready', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'database unavailable', service: options.name });
    }
  });
  app.get('/metrics', metrics.handler);
  options.routes?.(app);
  app.use('/graphql', (req, res, next) => {
    if (!hasGatewaySecret(req.header(GATEWAY_SECRET_HEADER))) {
      res.status(401).json(graphqlErrorBody('This service accepts requests only through the gateway.', ErrorCode.UNAUTHENTICATED));
      return;
    }
    next();
  });
  if (options.publicRoutes) {
    const publicRoutes = options.publicRoutes;
    app.use('/public', (req, res, next) => {
      if (!hasGatewaySecret(req.header(GATEWAY_SECRET_HEADER))) {
        res.status(401).json(graphqlErrorBody('This service accepts requests only through the gateway.', ErrorCode.UNAUTHENTICATED));
        return;
      }
      next();
    }, publicRoutes);
  }
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    (req, res, next) => {
      if (carriesNulText(req.body)) {
        res.status(400).json(graphqlErrorBody(NUL_TEXT_MESSAGE, ErrorCode.BAD_USER_INPUT));
        return;
      }
      next();
    },
    expressMiddleware(server, {
      context: async ({ req }) => {
        const requestId = requestIdFrom(req.header(REQUEST_ID_HEADER));
        const caller = await options.verifyToken(req.header('authorization'));
        const em = orm.em.fork() as EntityManager;
        return {
          requestId,
          caller,
          em,
          loaders: options.createLoaders(em, caller, requestId),
          logger: logger.child({ requestId, role: caller.role }),
          statementKeys: options.statementKeys,
          readPlaceCertificate: (certificate: string) => readPlaceCertificate(certificate, options.statementKeys),
          issuePlaceCertificate: (place: CertifiedPlace) => issuePlaceCertificate(place, options.statementKeys),
          readMatterCertificate: (certificate: string, step: MatterStep) => readMatterCertificate(certificate, step, options.statementKeys),
          issueMatterCertificate: (matter: Omit<CertifiedMatter, 'certificateId'>) => issueMatterCertificate(matter, options.statementKeys),
          clock: options.clock,
        };
      },
    }),
  );
  // Malformed JSON and oversized bodies: a GraphQL-shaped error, never an HTML page or a stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? 500;
    if (status === 413) {
      res.status(413).json(graphqlErrorBody(`The request body is larger than ${MAX_BODY}.`, ErrorCode.BAD_USER_INPUT));
    } else if (status === 400) {
      res.status(400).json(graphqlErrorBody('The request body is not valid JSON.', ErrorCode.BAD_USER_INPUT));
    } else {
      logger.error({ err: error }, 'http error');
      res.status(500).json(graphqlErrorBody('Internal error.', ErrorCode.INTERNAL_SERVER_ERROR));
    }
  });

  const httpServer: Server = await new Promise((resolve) => {
    const listening = outlastClientKeepAlive(app.listen(port, host, () => resolve(listening)));
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    async stop() {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await server.stop();
    },
  };
}
